namespace Analysis.Extraction;

using Analysis.Corpus;

// A voice inside a relative clause set off by commas before the figure ("The first deployment, which the president confirmed in
// April, saw about 4,000 soldiers killed"): the voice says what that clause says of its noun, not the figure of the main clause.
internal sealed partial class Attribution
{
    // The chain without the voices that stand in a relative aside (a comma, an opener of relative_aside_openers, the voice, up to
    // the aside's closing comma) which closes before the figure, or null when none does. Not an aside on a voice of the chain
    // ("The agency, which briefed lawmakers, said …": what it adds about the speaker), nor where the main clause after the aside
    // has a verb of saying before the figure ("The statement, which was carried by KCNA, said …"), nor inside a quotation.
    private List<SourceRef>? WithoutRelativeAsideVoices(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        List<SourceRef>? kept = null;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > figure.Start) continue;
            var opener = AsideOpenerBefore(sentence.Start, r.Span.Start);
            if (opener < 0) continue;
            var close = ClauseComma(r.Span.End, figure.Start);
            if (close < 0) continue;
            // The aside's noun is no voice of the chain ("Lee, who sits on the committee, said …").
            var head = opener;
            while (head > sentence.Start && char.IsWhiteSpace(text[head - 1])) head--;
            if (chain.Exists(s => s.Span.End == head)) continue;
            if (Words(text[close..figure.Start]).Exists(closing.Verbs.Contains)) continue;
            var open = false;
            for (var k = sentence.Start; k < opener; k++) open = SourceText.QuoteState(text[k], open);
            if (open) continue;
            (kept ??= [.. chain]).RemoveAll(k => k.Span == r.Span);
        }
        return kept;

        // The comma that opens a relative aside right before the voice (", which was confirmed by", ", which X confirmed"): the last
        // comma before the voice, followed by an opener, with no other mark between; -1 where there is none.
        int AsideOpenerBefore(int from, int voice)
        {
            var comma = ClauseCommaBack(from, voice);
            if (comma < 0) return -1;
            var between = text.AsSpan(comma + 1, voice - comma - 1);
            if (between.IndexOfAny(";:()\"“”") >= 0 || between.IndexOfAnyInRange('0', '9') >= 0) return -1;
            var words = Words(between.ToString());
            return words.Count > 0 && closing.RelativeAsideOpeners.Contains(words[0]) ? comma : -1;
        }

        // The last comma in [from, to) that is not inside a number ("3,000"), or -1.
        int ClauseCommaBack(int from, int to)
        {
            for (var k = to - 1; k >= from; k--)
                if (text[k] == ',' && !(k > 0 && k + 1 < text.Length && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k + 1]))) return k;
            return -1;
        }

        // The first comma in [from, to) that is not inside a number, or -1.
        int ClauseComma(int from, int to)
        {
            for (var k = from; k < to; k++)
                if (text[k] == ',' && !(k > 0 && k + 1 < text.Length && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k + 1]))) return k;
            return -1;
        }
    }
}
