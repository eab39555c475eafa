namespace Analysis.Extraction;

using Analysis.Corpus;

// A quotation set off by a dash, as Ukrainian and Russian copy translated into English prints direct speech: no quotation
// marks, the speaker named after a dash that closes the paragraph ("… . … 60 thousand troops … - the minister said.").
internal sealed partial class Attribution
{
    // The chain of the speaker named after the dash that closes the paragraph of `sentence`, a few sentences later ("A
    // significant number were killed, hundreds of soldiers. … - the president said."), or alone in the paragraph right after
    // it, where a page sets the quotation apart as a block ("¶- said the spokesman."); else null. The whole paragraph is the
    // quotation: the dash convention opens it at the paragraph's start (or with a dash there). Only a paragraph with no
    // quotation marks before the closing dash, and no other voice in the sentences between, is read so.
    private List<SourceRef>? DashQuotationSpeaker(Sentence sentence)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var first = FirstOfParagraph(sentence);
        for (var k = sentence.Index + 1; k < sentences.Count && k <= sentence.Index + QuotationSentences; k++)
        {
            var s = sentences[k];
            var block = s.Paragraph != sentence.Paragraph;
            // A closing paragraph of its own follows the quotation's paragraph right after its last sentence, and is one short
            // sentence ("- said the spokesman.", "Demchenko added.").
            if (block && (s.Paragraph != sentence.Paragraph + 1 || k + 1 < sentences.Count && sentences[k + 1].Paragraph == s.Paragraph
                || Words(text.AsSpan(s.Start, s.End - s.Start)) > BlockClosingWords)) return null;
            var last = k + 1 >= sentences.Count || sentences[k + 1].Paragraph != s.Paragraph;
            var dash = block ? LeadingDash(text, s.Start, s.End) : ClosingDash(text, s.Start, s.End);
            // "… in the border areas directly,¶Demchenko said.": with no dash (or one a page's list markup took), the quotation's
            // paragraph ends on a comma or on no stop at all.
            if (block && dash < 0 && text.AsSpan(sentences[k - 1].Start, sentences[k - 1].End - sentences[k - 1].Start).TrimEnd() is var prev
                && (prev.IsEmpty || prev[^1] is '.' or '!' or '?' or '"' or '”' or '»')) return null;
            var from = dash >= 0 ? dash + 1 : s.Start;
            if (block || last && dash >= 0)
            {
                if (Quoted(text, sentences[first].Start, dash >= 0 ? dash : s.Start)) return null;
                foreach (var r in chains[k])
                    if (r.Role == CitationRole.Speaker && r.Span.Start >= from && r.Span.End <= s.End && RightAfter(text.AsSpan(from, r.Span.Start - from))
                        // A paragraph of its own closes only with its speaker and verb ("Demchenko said."), not with a statement of its own.
                        && (!block || Words(text.AsSpan(r.Span.End, s.End - r.Span.End)) <= 2))
                        return ClauseChain(s, r.Span, chains[k]) ?? chains[k];
                return null;
            }
            if (!last && chains[k].Exists(r => r.Role == CitationRole.Speaker)) return null;
            if (last && (k + 1 >= sentences.Count || sentences[k + 1].Paragraph != sentence.Paragraph + 1)) return null;
        }
        return null;
    }

    // The last dash set off by spaces (" - ", " – ", " — ", after a comma too) in the sentence, or -1.
    private static int ClosingDash(string text, int start, int end)
    {
        for (var i = end - 2; i > start; i--)
            if (text[i] is '-' or '–' or '—' && char.IsWhiteSpace(text[i + 1]) && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ',')) return i;
        return -1;
    }

    // The dash that opens the sentence (white space before it at most), or -1.
    private static int LeadingDash(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i < end && text[i] is '-' or '–' or '—' ? i : -1;
    }

    // Whether any quotation mark stands between `start` and `end`.
    private static bool Quoted(string text, int start, int end) => text.AsSpan(start, Math.Max(0, end - start)).ContainsAny("\"“”«»");

    private static int Words(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var range in s.SplitAny(" \n\t")) if (s[range].Length > 0) n++;
        return n;
    }

    // The longest paragraph that only closes the quotation before it ("- said the spokesman of the border service.").
    private const int BlockClosingWords = 8;
}
