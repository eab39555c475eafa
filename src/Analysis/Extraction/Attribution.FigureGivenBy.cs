namespace Analysis.Extraction;

using Analysis.Corpus;

// "About 1,200 … were killed, officials said. The figure was released by the Joint Chiefs of Staff": a figure noun that opens the
// next sentence names the giver of the figure before only where the words after it lead straight to that giver ("was released
// by", "were provided by", "came from"), with no clause between. "That figure is about a third of the force, according to X"
// is X's own claim about the figure, and "The official cautioned that the numbers are rough" no giving of it at all.
internal sealed partial class Attribution
{
    // Titles a giver's name may carry after the link ("by Defence Minister Anna Berg").
    private const int GiverTitleWords = 3;

    // Whether the sentence `next`, whose figure noun ends at `nounEnd`, goes from that noun straight to one of its sources.
    private bool FigureGivenBy(Sentence next, int nounEnd, List<SourceRef> chain)
    {
        if (WordsToGiver(next, nounEnd, chain) is not { } words || words.Exists(closing.FigureComparisonWords.Contains)) return false;
        var link = words.FindLastIndex(w => closing.FigureGiverLinks.Contains(w));
        return link >= 0 && words.Count - 1 - link <= GiverTitleWords;
    }

    // "The figure is far higher than estimates from X": a figure noun set against X's other count before X is named.
    private bool ComparedBeforeGiver(Sentence next, int nounEnd, List<SourceRef> chain) =>
        WordsToGiver(next, nounEnd, chain) is { } words && words.Exists(closing.FigureComparisonWords.Contains);

    // The words from a figure noun's end to the first source after it in `next`, or null where none follows or a mark stands between.
    private List<string>? WordsToGiver(Sentence next, int nounEnd, List<SourceRef> chain)
    {
        SourceRef? giver = null;
        foreach (var r in chain)
            if (r.Span.Start >= nounEnd && r.Span.Start < next.End && (giver is null || r.Span.Start < giver.Span.Start)) giver = r;
        if (giver is null) return null;
        var between = document.Text.AsSpan(nounEnd, giver.Span.Start - nounEnd);
        return between.IndexOfAny(",;:()\"“”") >= 0 ? null : Words(between.ToString());
    }

    // Words a bare attribution may carry before its speaker (a title: "Defence Minister") and after its verb (a time: "on Monday").
    private const int BareTitleWords = 3, BareTimeWords = 3;

    // "About 1,200 … were killed. The Pentagon said.": a sentence that holds nothing but its first source, a verb of
    // bare_attribution_verbs right after it and a short time it opens with bare_attribution_time_openers; no mark or digit
    // inside it ("Talks failed, the Pentagon said."), no clause ("The Pentagon said more would follow", "NATO said 13 were killed").
    private bool BareAttribution(Sentence next, List<SourceRef> chain)
    {
        SourceRef? speaker = null;
        foreach (var r in chain)
            if (r.Span.Start >= next.Start && r.Span.End <= next.End && (speaker is null || r.Span.Start < speaker.Span.Start)) speaker = r;
        if (speaker is null) return false;
        var text = document.Text;
        var end = next.End;
        while (end > speaker.Span.End && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '.')) end--;
        var before = text.AsSpan(next.Start, speaker.Span.Start - next.Start);
        var after = text.AsSpan(speaker.Span.End, end - speaker.Span.End);
        if (before.IndexOfAny(",;:()\"“”'‘’") >= 0 || after.IndexOfAny(",;:()\"“”'‘’0123456789") >= 0) return false;
        var words = Words(after.ToString());
        return Words(before.ToString()).Count <= BareTitleWords && words.Count > 0 && words.Count <= 1 + BareTimeWords
            && closing.BareAttributionVerbs.Contains(words[0])
            && (words.Count == 1 || closing.BareAttributionTimeOpeners.Contains(words[1]));
    }
}
