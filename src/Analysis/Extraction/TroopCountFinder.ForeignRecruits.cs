namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Recruits of one state in another state's army: "The Russian army counts about 200 Nepalese recruits", "200 Sri Lankans
/// have enlisted in the Russian army". The army names where they serve, not a size of that army.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // A country named in the figure's own mention after its number (a demonym: "Nepalese recruits", "Sri Lankans"), and an
    // army cue in the figure's segment owned by another country (its name, demonym or possessive right before the cue:
    // "the Russian army", "Russia's armed forces"): the figure counts foreigners serving in that army, a deployment.
    private static bool ForeignInArmy(List<PhraseMatch> cues, IReadOnlyList<CountryMention> countries, int segmentStart, int segmentEnd, Quantity q,
        TextSpan span)
    {
        CountryEntry? own = null;
        foreach (var c in countries)
            if (c.Span.Start >= q.Span.End && c.Span.End <= span.End) { own = c.Country; break; }
        if (own is null) return false;
        foreach (var (cue, label) in cues)
        {
            if (label != ArmySize || cue.Start < segmentStart || cue.End > segmentEnd) continue;
            foreach (var c in countries)
                if (c.Span.End <= cue.Start && cue.Start - c.Span.End <= 2 && !string.Equals(c.Country.Name, own.Name, StringComparison.Ordinal))
                    return true;
        }
        return false;
    }
}
