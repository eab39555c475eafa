namespace Analysis.Pipeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// What one document yields: its troop counts, cited-source mentions and events, and (<see cref="Annotations"/>)
/// every layer the pipeline's components wrote on it, those of your own components included.
/// </summary>
public sealed record DocumentFindings(
    Document Document,
    IReadOnlyList<TroopCount> TroopCounts,
    IReadOnlyList<SourceMention> SourceMentions,
    IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>The document with every layer written on it (empty when these findings were not made by a pipeline).</summary>
    public AnnotatedDocument Annotations { get; init; } = new(Document);

    public override string ToString() =>
        $"{Document.Id}: {TroopCounts.Count} troop counts, {SourceMentions.Count} source mentions, {Events.Count} events";
}
