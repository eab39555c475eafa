namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// An estimate noun that counts other people or things: "The number of refugees could pass 10,000", "the number of voters could
/// reach 2,000", "the number of aircraft will not exceed 430" in a passage about troops. A noun of non_troop_nouns or
/// supply_nouns (figures.json) between the clause's start and the number, at most OthersCountedReach characters before it,
/// says what the estimate counts.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private const int OthersCountedReach = 40;

    private readonly PhraseMatcher othersCountedNouns;

    private bool OthersCountedBefore(string text, int start, int at)
    {
        var from = at;
        while (from > Math.Max(start, at - OthersCountedReach) && text[from - 1] is not (',' or ';' or ':' or '.' or '!' or '?')) from--;
        for (var p = from; p < at; p++)
            if ((p == start || !char.IsLetterOrDigit(text[p - 1])) && char.IsLetter(text[p]) && nonTroopNouns.EndOfPhraseAt(text, p, at) > 0)
                return true;
        return supplyNouns.Any(text, from, at) || othersCountedNouns.Any(text, from, at);
    }
}
