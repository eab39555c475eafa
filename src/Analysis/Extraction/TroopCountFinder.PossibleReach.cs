namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A possibility of a level: "The reinforcements could lift U.S. troop strength above 400,000", "alliance strength could
/// come close to 100,000", "could bring the force to 20,000". Like "will rise to 100,000", the level is one still to come
/// (planned), whatever its hedge. The words are the lexicon's (figures.json: possible_cues, possible_reach_verbs,
/// possible_reach_targets).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases possibleReachVerbs, possibleReachTargets;

    // How far after the modal its verb may start ("could eventually lift"), and how far the figure may be from the verb ("could
    // lift U.S. troop strength in the region above").
    private const int PossibleVerbReach = 25, PossibleObjectReach = 80;

    // The nearest possible cue before the figure at `at` in its segment, a verb of change or reaching (possible_reach_verbs)
    // right after it (at most one word between), no clause break (",", ";", ":", a quote) from the verb to the figure, and a
    // word of possible_reach_targets ("to", "above", "close to") right before the figure's number, in its hedge or just before
    // it. Not a toll: "the death toll could rise to 500" is a count of the dead, not a level of troops.
    private bool PossibleReach(List<PhraseMatch> cues, string text, int segmentStart, int at, int core)
    {
        TextSpan? modal = null;
        foreach (var (cue, label) in cues)
            if (label == PossibleCue && cue.Start >= segmentStart && cue.End <= at) modal = cue;
        if (modal is not { } m) return false;
        var verbEnd = -1;
        for (var i = m.End; i < Math.Min(at, m.End + PossibleVerbReach) && verbEnd < 0; i++)
            if (char.IsWhiteSpace(text[i - 1]) && char.IsLetter(text[i]) && (i == m.End + 1 || WordsBetween(text, m.End, i) <= 1))
                verbEnd = possibleReachVerbs.EndOfPhraseAt(text, i, at);
        if (verbEnd < 0 || at - verbEnd > PossibleObjectReach || text.AsSpan(verbEnd, at - verbEnd).IndexOfAny(",;:\"“”") >= 0) return false;
        return possibleReachTargets.StartOfPhraseBefore(text, verbEnd, core) >= 0;
    }

    // The words wholly in text[from..to).
    private static int WordsBetween(string text, int from, int to) =>
        text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
