namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "The defence chiefs asked for a force of 5,000 men but did not say where the other 2,000 would come from", "Some 15,000 were
/// regulars. The other 30,000 came from the militia": a figure that "the other" opens is the rest of a larger force counted
/// before it, a part of it (kind subset), not a new estimate.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    // "the other": right before the part's number (other_part_leads).
    private readonly AdjacentPhrases otherPartLeads = AdjacentPhrases.Of(lexicon, "other_part_leads");

    // Marks as subset a deployment whose number "the other" opens when a larger deployment stands before it, in its sentence or the
    // parts_reach before.
    private void OtherParts(string text, List<TroopCount> counts)
    {
        for (var i = 1; i < counts.Count; i++)
        {
            var part = counts[i];
            if (part.Kind != TroopKind.Deployment || part.Value is not { } value) continue;
            var start = part.Provenance.Span.Start;
            if (otherPartLeads.StartOfPhraseBefore(text, Math.Max(0, start - 20), SourceText.SkipWhiteSpaceBack(text, start, Math.Max(0, start - 20))) < 0) continue;
            for (var j = i - 1; j >= 0 && counts[j].Provenance.Sentence >= part.Provenance.Sentence - partsReach; j--)
                if (counts[j].Kind is TroopKind.Deployment or TroopKind.Subset && (counts[j].High ?? counts[j].Value) > value)
                {
                    counts[i] = part with { Kind = TroopKind.Subset };
                    break;
                }
        }
    }
}
