namespace Analysis.Timeline;

using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// Writes <see cref="TimelineLayers.Events"/>: each sentence that reports an action or a statement, with its kind,
/// actors, summary, date (through the known events) and the troop counts it carries, read with the vocabulary of
/// <paramref name="lexicon"/>. It reads the troop counts, the source mentions and the source gazetteer's matches
/// when the pipeline has them (a pipeline without sources has no source actors).
/// </summary>
/// <param name="knownEvents">The known events and actors; by default those of <paramref name="lexicon"/>.</param>
public sealed class EventsComponent(Lexicon lexicon, KnownEvents? knownEvents = null) : IComponent
{
    private readonly EventExtractor extractor = new(lexicon, knownEvents);

    public string Name => "events";
    public IReadOnlyList<string> Needs => [];
    public IReadOnlyList<string> Reads => [Layers.TroopCounts.Name, Layers.SourceMentions.Name, Layers.GazetteerMatches.Name, TimelineLayers.SentenceDates.Name];
    public IReadOnlyList<string> Writes => [TimelineLayers.Events.Name];

    public void Run(AnnotatedDocument document) => document.Set(TimelineLayers.Events, extractor.Extract(document));
}
