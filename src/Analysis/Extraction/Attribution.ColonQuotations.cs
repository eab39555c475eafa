namespace Analysis.Extraction;

using Analysis.Corpus;

// A quotation set apart as a paragraph of its own under the sentence that introduces it with a colon: "The minister told
// reporters:¶“About 2,000 troops are already there. …”". The press, wire copy and transcripts of statements set long quotations
// so; the words are the introducing sentence's speaker's, as a quotation opened after the colon in the same sentence is.
internal sealed partial class Attribution
{
    // The paragraph of the introducing sentence where the sentence's paragraph opens with a quotation mark that is still open at
    // the sentence, and the paragraph right before it ends on a colon; else `paragraph`, the quotation's own.
    private int ColonIntroducedFrom(Sentence sentence, int paragraph)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var first = sentence.Index;
        while (first > 0 && sentences[first - 1].Paragraph == paragraph) first--;
        if (sentences[first].Paragraph != paragraph || first == 0) return paragraph;
        if (sentences[first - 1] is not { Paragraph: > 0 } introducing || introducing.Paragraph != paragraph - 1) return paragraph;
        if (!text.AsSpan(introducing.Start, introducing.End - introducing.Start).TrimEnd().EndsWith(":")) return paragraph;
        if (!ContinuesQuotation(text, sentences[first].Start, sentences[first].End, out _)) return paragraph;
        // Only while the quotation runs: its first sentence, or one it is still open at.
        if (sentence.Paragraph == paragraph && sentence.Index != first && !QuoteOpenAt(sentence.Index)) return paragraph;
        return introducing.Paragraph;
    }
}
