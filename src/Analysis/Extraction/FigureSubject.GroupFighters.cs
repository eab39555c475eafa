namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// An armed group's fighters counted by the bare noun ("M23 had roughly 5,000 fighters", "with only an estimated 2,000
/// fighters, the movement could not advance"; group_fighter_nouns) in a sentence that names the group (armed_group_context)
/// and no country before the figure: the group's people, no state's, though the story is about the state that backs the group
/// or the one it fights, whose name the context would otherwise lend them.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher groupFighterNouns;

    // A bare number after such a figure in its sentence ("had roughly 5,000 fighters ..., and has since grown to some 12,000"),
    // no country named between, counts the same fighters. `before`: the sentence's figure before this one, if any.
    private bool GroupFighters(string text, int start, int end, FigureCandidate figure, FigureCandidate? before, IReadOnlyList<CountryMention> countries)
    {
        var from = start;
        if (!groupFighterNouns.Any(text, figure.Quantity.Span.End, figure.Span.End))
        {
            if (before is null || figure.Span.End > figure.Quantity.Span.End || !GroupFighters(text, start, end, before, null, countries)) return false;
            from = before.Span.End;
        }
        foreach (var c in countries)
            if (c.Span.Start >= from && c.Span.Start < figure.Span.End) return false;
        return armedGroupContext.Any(text, start, end);
    }
}
