namespace Analysis.Extraction;

using Analysis.Corpus;

internal sealed partial class TroopCountFinder
{
    // "some 1,200 soldiers of the multinational force", "the 9,500 troops of the new multinational division", "up to 900 troops
    // of UNIFIL", "400 police of the Kenya-led mission": troops counted as the members of a force of several states named right
    // after them ("of", an article, at most one more word that names no country) are that force's total, no single state's,
    // neither the lead nation's nor the country the passage named before (a contributor the clause names still owns its
    // share, as with "1,700 NATO troops").
    private bool MembersOfForceOfSeveral(string text, int end, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        var at = SourceText.SkipWhiteSpace(text, figure.Span.End);
        if (at + 3 > end || !text.AsSpan(at).StartsWith("of ", StringComparison.Ordinal)) return false;
        at = SourceText.SkipWhiteSpace(text, at + 3);
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an "])
            if (text.AsSpan(at).StartsWith(article, StringComparison.Ordinal)) { at = SourceText.SkipWhiteSpace(text, at + article.Length); break; }
        if (at >= end) return false;
        if (ForceOfSeveralAt(text, at, end)) return true;
        var next = SourceText.SkipWhiteSpace(text, SourceText.WordEnd(text, at));
        if (next >= end || !ForceOfSeveralAt(text, next, end)) return false;
        foreach (var c in countries)
            if (c.Span.Start < next && c.Span.End > at) return false;
        return true;
    }

    // A word of multinational_force_heads, a known alliance or mission of no country, or a force one state leads, starting at `at`.
    private bool ForceOfSeveralAt(string text, int at, int end)
    {
        if (kindWords.MultinationalForceHeads.FindAtStart(text, at, end).Count > 0) return true;
        foreach (var m in multinationalNames.FindAtStart(text, at, end)) if (m.Span.Start == at) return true;
        foreach (var led in LedForceHeads(text, at, end)) if (led.Start == at) return true;
        return false;
    }
}
