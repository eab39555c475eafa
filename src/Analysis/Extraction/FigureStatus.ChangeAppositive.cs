namespace Analysis.Extraction;

/// <summary>
/// The size of a change set off after a planned level ("expects to cut the number of troops in Iraq to 2,500, a reduction of
/// more than 500"; "will raise the contingent to 1,200, an increase of 300") is the same plan's: planned too. List
/// change_appositives, right before the figure and after a comma, with the level before it in the figure's sentence.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases changeAppositives;

    // (An aside may come between the level and the change: "to 2,500, the AP reports, a reduction of more than 500"; not
    // another clause, which a semicolon or a colon opens.)
    private bool ChangeAppositive(string text, FigureCandidate previous, int at)
    {
        if (changeAppositives.StartOfPhraseBefore(text, previous.Span.End, at) is not (var phrase and > 0)) return false;
        var comma = SourceText.SkipWhiteSpaceBack(text, phrase, previous.Span.End);
        return comma > previous.Span.End && text[comma - 1] == ',' && text.AsSpan(previous.Span.End, comma - previous.Span.End).IndexOfAny(";:") < 0;
    }
}
