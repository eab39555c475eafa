namespace Analysis.Extraction;

using Analysis.Corpus;

// A quotation followed to the speaker named after it closes.
internal sealed partial class Attribution
{
    // The chain of the speaker named right after the mark ("…,” the official said on condition of anonymity.") that closes
    // the quotation open at `figure` and at the end of `sentence`, at most a few sentences later in the paragraph (or the next
    // one, where the quotation runs on into it); else null. A figure before the quotation opens ("… 1,800 soldiers arrived in
    // what he called a “new phase. …”") is not its words. Only sentences with a figure and no voice of their own get here: the
    // paragraph is read once, by character.
    private List<SourceRef>? QuotationSpeaker(Sentence sentence, int figure)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var (first, open) = figure >= sentence.Start ? (sentence.Index, QuoteOpenAt(sentence.Index)) : (FirstOfParagraph(sentence), false);
        for (var i = sentences[first].Start; i < sentence.End; i++)
        {
            if (i == figure && !open) return null;
            open = SourceText.QuoteState(text[i], open);
        }
        if (!open) return null;
        var at = sentence.End;
        for (var k = sentence.Index + 1; k < sentences.Count && k <= sentence.Index + QuotationSentences; k++)
        {
            // "“We believe … about 10,000 soldiers … .¶“A portion of those … ,” Ryder told reporters.": a quotation that runs on
            // into the next paragraph leaves its own paragraph unclosed and opens the next one with a mark again, which goes on
            // with it rather than closing it; a paragraph that opens otherwise ends the quotation with no speaker.
            if (sentences[k].Paragraph != sentences[k - 1].Paragraph)
            {
                if (sentences[k].Paragraph != sentences[k - 1].Paragraph + 1 || !ContinuesQuotation(text, sentences[k].Start, sentences[k].End, out at)) return null;
            }
            for (; at < sentences[k].End; at++)
            {
                if (SourceText.QuoteState(text[at], open)) continue;
                // Its speaker stands right after the mark ("…,” said Colonel Nowak", "…,” he said, but the ministry said …"):
                // that speaker's clause gives the chain, not a voice of a later clause.
                foreach (var r in chains[k])
                    if (r.Role == CitationRole.Speaker && r.Span.Start > at && r.Span.Start < sentences[k].End && (RightAfter(text.AsSpan(at + 1, r.Span.Start - at - 1)) || DescribedAfter(text.AsSpan(at + 1, r.Span.Start - at - 1))))
                        return ClauseChain(sentences[k], r.Span, chains[k]) ?? chains[k];
                return null;
            }
        }
        return null;
    }

    // Whether the paragraph at `start` opens with a quotation mark (white space before it at most); `after` is the position
    // past the mark.
    private static bool ContinuesQuotation(string text, int start, int end, out int after)
    {
        after = start;
        while (after < end && char.IsWhiteSpace(text[after])) after++;
        if (after >= end || text[after] is not ('“' or '"' or '«')) return false;
        after++;
        return true;
    }

    // Whether the sentence stands inside a speaker's quotation that a sentence before it opened (the header's carrying, (a)):
    // "He said: “We have sent 500. Another 300 will follow. By Friday 200 more will be there.”" The quotation is open at the
    // sentence's start in its paragraph, or its paragraph goes on with one the paragraph before left open (QuotationRunsOn).
    // Only a quotation whose words the sentence that opened it carries, that is, one that sentence cites a voice in or itself
    // goes on with ("“We have 500 there. …"), not one opened in the writer's own words ("It drew a “first reaction. …”").
    // A mark that no later mark closes (a stray straight quote) opens no quotation: it must close later in the paragraph, with no
    // speech verb right after it (a speaker the kit could not name: "…,” said a statement from …"), or run on into the next one.
    private bool InsideQuotation(Sentence sentence)
    {
        if (QuotationRunsOn(sentence)) return true;
        if (!QuoteOpenAt(sentence.Index) || !VoicedOpener(sentence.Index)) return false;
        var (text, sentences) = (document.Text, document.Sentences);
        var k = sentence.Index;
        while (k + 1 < sentences.Count && sentences[k + 1].Paragraph == sentence.Paragraph) k++;
        var open = true;
        for (var i = sentence.Start; i < sentences[k].End; i++)
            if (!(open = SourceText.QuoteState(text[i], open)))
            {
                var m = sentence.Index;
                while (sentences[m].End <= i) m++;
                var after = Words(text[(i + 1)..sentences[m].End]);
                return !after.Take(QuotedSpeakerWords).Any(closing.Verbs.Contains);
            }
        return k + 1 < sentences.Count && sentences[k + 1].Paragraph == sentence.Paragraph + 1
            && ContinuesQuotation(text, sentences[k + 1].Start, sentences[k + 1].End, out _);
    }

    // How far after a closing mark a speech verb names the quotation's speaker ("…,” the defence minister of X said").
    private const int QuotedSpeakerWords = 5;

    // Whether the quotation open at the start of sentence `index` was opened by a sentence of its paragraph that cites a voice
    // or opens with a mark itself (and so goes on with the voice before it).
    private bool VoicedOpener(int index)
    {
        var sentences = document.Sentences;
        var j = index - 1;
        while (j > 0 && sentences[j - 1].Paragraph == sentences[index].Paragraph && QuoteOpenAt(j)) j--;
        return chains[j].Count > 0 || OpensWithMark(sentences[j]);
    }

    // Whether the sentence's paragraph goes on with the quotation that the paragraph before left open, and the quotation still
    // runs at the sentence: the press writes a quotation over paragraphs by leaving each one unclosed and opening the next with
    // a mark again ("“We have 500 there.¶“Another 300 are on their way.”"), so its words are still the speaker's.
    private bool QuotationRunsOn(Sentence sentence)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var first = FirstOfParagraph(sentence);
        if (first == 0 || sentences[first - 1] is not { Paragraph: > 0 } last || last.Paragraph != sentence.Paragraph - 1) return false;
        if (first != sentence.Index && !QuoteOpenAt(sentence.Index)) return false;
        if (!ContinuesQuotation(text, sentences[first].Start, sentences[first].End, out _)) return false;
        var open = QuoteOpenAt(last.Index);
        for (var i = last.Start; i < last.End; i++) open = SourceText.QuoteState(text[i], open);
        return open && (!QuoteOpenAt(last.Index) ? chains[last.Index].Count > 0 || OpensWithMark(last) : VoicedOpener(last.Index));
    }

    // The paragraph where the quotation that runs on into the sentence's paragraph was opened, through every paragraph that goes
    // on with it ("He said: “… .¶“… .¶“Seven others were wounded.”"); the sentence's own paragraph where none runs on into it.
    private int QuotationOpenedIn(Sentence sentence)
    {
        var sentences = document.Sentences;
        var at = sentence;
        // QuotationRunsOn holds only where a paragraph comes before the sentence's.
        while (QuotationRunsOn(at)) at = sentences[FirstOfParagraph(at) - 1];
        // "X told reporters:¶“… .”": a quotation set apart under a colon is the introducing sentence's (Attribution.ColonQuotations).
        return ColonIntroducedFrom(sentence.Paragraph == at.Paragraph ? sentence : sentences[FirstOfParagraph(at)], at.Paragraph);
    }

    // Whether the sentence opens with a quotation mark, before its first letter or digit ("“We have 500 there.", "(“…").
    private bool OpensWithMark(Sentence sentence)
    {
        var text = document.Text;
        for (var i = sentence.Start; i < sentence.End && !char.IsLetterOrDigit(text[i]); i++)
            if (SourceText.QuoteState(text[i], false)) return true;
        return false;
    }

    // Whether a quotation is open at the start of sentence k, read from its paragraph's start: one pass over the document,
    // not one over the paragraph per figure (quadratic in one long paragraph).
    private bool[]? quoteOpenAt;
    private bool QuoteOpenAt(int k)
    {
        if (quoteOpenAt is null)
        {
            var (text, sentences) = (document.Text, document.Sentences);
            quoteOpenAt = new bool[sentences.Count];
            for (var j = 1; j < sentences.Count; j++)
            {
                if (sentences[j].Paragraph != sentences[j - 1].Paragraph) continue;
                var open = quoteOpenAt[j - 1];
                for (var i = sentences[j - 1].Start; i < sentences[j].Start; i++) open = SourceText.QuoteState(text[i], open);
                quoteOpenAt[j] = open;
            }
        }
        return quoteOpenAt[k];
    }

    // Between a closing mark and its speaker: an optional comma and at most three words ("said", "Defence Minister").
    private static bool RightAfter(ReadOnlySpan<char> between)
    {
        between = between.TrimStart();
        if (between.StartsWith(",")) between = between[1..];
        var words = 0;
        foreach (var range in between.SplitAny(" \n\t"))
            if (between[range].Length > 0 && (++words > 3 || between[range].ContainsAny(",;:()"))) return false;
        return true;
    }

    // Or a description of the speaker, in front of the name as translated and wire copy puts it ("…,” said the spokesman of
    // the Central African government, Ange Maxime Kazagui", "…,” Defence Ministry spokesman Colonel Ahmed Ali said"): titles,
    // ranks, names of bodies and the words that join them (quoted_description_links), at most two other words ("said",
    // "army"), and one comma only, before the name and its rank ("the spokesman for the Kenyan army, Colonel"). A second clause
    // ("…,” he said, but the ministry said") is no description.
    private bool DescribedAfter(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        if (between.StartsWith(",")) between = between[1..].TrimStart();
        if (between.IsEmpty || between.ContainsAny(";:()\"“”«»")) return false;
        var comma = between.IndexOf(',');
        if (comma >= 0 && (between[(comma + 1)..].Contains(',') || !Description(between[(comma + 1)..], 0))) return false;
        return Description(comma >= 0 ? between[..comma] : between, 2);
    }

    // Words of a description: titles, ranks, capitalised names and their links, and at most `plain` other words.
    private bool Description(ReadOnlySpan<char> words, int plain)
    {
        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty) continue;
            if (++count > DescriptionWords) return false;
            if (char.IsUpper(word[0]) || closing.DescriptionLinks.Contains(word) || closing.Titles.Contains(word) || closing.OfficeWords.Contains(word)) continue;
            if (--plain < 0) return false;
        }
        return true;
    }

    // The longest description of a speaker after a quotation ("said the spokesman of the Central African government,").
    private const int DescriptionWords = 10;

    // How far a quotation is followed to its speaker: the figure's sentence and three more (real quotations of figures run
    // two to four sentences).
    private const int QuotationSentences = 3;

}
