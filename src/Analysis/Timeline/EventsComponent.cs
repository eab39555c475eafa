namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// Writes <see cref="TimelineLayers.Events"/>: each sentence that reports an action or a statement, with its kind,
/// actors, summary, date (through <paramref name="knownEvents"/>) and the troop counts it carries. It reads the
/// troop counts, the source mentions and the gazetteer's matches when the pipeline has them; without the matches it
/// searches <paramref name="gazetteer"/> itself.
/// </summary>
public sealed class EventsComponent(KnownEvents? knownEvents, SourceGazetteer? gazetteer) : IComponent
{
    public string Name => "events";
    public IReadOnlyList<string> Needs => [];
    public IReadOnlyList<string> Reads => [Layers.TroopCounts.Name, Layers.SourceMentions.Name, Layers.GazetteerMatches.Name, TimelineLayers.SentenceDates.Name];
    public IReadOnlyList<string> Writes => [TimelineLayers.Events.Name];

    public void Run(AnnotatedDocument document)
    {
        var matches = document.TryGet(Layers.GazetteerMatches, out var found) ? found : null;
        document.Set(TimelineLayers.Events, EventExtractor.Extract(document.Document,
            document.GetOrEmpty(Layers.TroopCounts), document.GetOrEmpty(Layers.SourceMentions), knownEvents, gazetteer, matches,
            document.TryGet(TimelineLayers.SentenceDates, out var dates) ? dates : null));
    }
}
