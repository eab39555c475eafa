namespace Analysis.Extraction;

internal sealed partial class TroopCountFinder
{
    // "a 28,000-strong British contingent", "the 208-man Zambian battalion", "a 3,000 strong Kenyan force": a figure that is a
    // strength compound (StrengthAfter) with a demonym adjective right after it counts that country's force, whatever figure or
    // country came before ("111,000 US troops and a 28,000-strong British contingent"). A demonym with a hyphen after it
    // ("a 10,000-strong Saudi-led coalition", "a 500-strong Russian-trained unit") leads or trains the force: not its owner.
    private string? StrengthCompoundDemonym(string text, int end, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        var q = figure.Quantity.Span;
        if (q.End >= figure.Span.End || StrengthAfter(text, q.End, end) != figure.Span.End) return null;
        var head = SourceText.SkipWhiteSpace(text, figure.Span.End);
        foreach (var c in countries)
            if (c.Name.Start == head && c.IsAdjective)
                return c.Name.End < text.Length && text[c.Name.End] == '-' ? null : c.Country.Name;
        return null;
    }
}
