namespace Analysis.Pipeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>What one document yields: its troop counts, cited-source mentions and events.</summary>
public sealed record DocumentFindings(
    Document Document,
    IReadOnlyList<TroopCount> TroopCounts,
    IReadOnlyList<SourceMention> SourceMentions,
    IReadOnlyList<TimelineEvent> Events)
{
    public override string ToString() =>
        $"{Document.Id}: {TroopCounts.Count} troop counts, {SourceMentions.Count} source mentions, {Events.Count} events";
}
