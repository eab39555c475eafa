namespace Analysis.Extraction;

/// <summary>
/// "Tigrayan forces displayed thousands of the prisoners of war in the streets": a part taken from a casualty group with no
/// counted whole before it is those casualties, not a share of a counted toll.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    // "displayed thousands of the prisoners of war of the Ethiopian army": a part of a casualty group (FigureKind's casualty
    // partitive) that no larger figure before it counts (none before it in the passage, none in its sentence) is those
    // casualties themselves, not a share of a counted toll ("The army holds 14 prisoners. Three of the prisoners of war ..."
    // stays a part).
    private void CasualtyPartsOfUncountedGroups(string text, List<TroopCount> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            var part = counts[i];
            // (A vague part counts by its high end: "thousands of the prisoners" after a headline's "thousands of prisoners" is no share.)
            if (part.Kind != TroopKind.Subset || (part.High ?? part.Value) is not { } value) continue;
            var at = PhraseStart(text, part);
            if (at < 0 || finder.CasualtyGroupPart(text, at + part.Phrase.Length, Math.Min(text.Length, at + part.Phrase.Length + 120)) < 0) continue;
            if (!CountedByLarger(counts, i, value)) counts[i] = part with { Kind = TroopKind.Casualties };
        }
    }
}
