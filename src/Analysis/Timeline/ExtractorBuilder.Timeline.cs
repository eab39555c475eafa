namespace Analysis;

public sealed partial class ExtractorBuilder
{
    /// <summary>
    /// Find events: each sentence that reports an action or a statement, with its kind, actors, summary,
    /// date (resolved through <paramref name="events"/>, default <see cref="KnownEvents.Default"/>) and the
    /// troop counts it carries. Actors share their canonical names with the source gazetteer.
    /// </summary>
    public ExtractorBuilder UseTimeline(KnownEvents? events = null) =>
        // The gazetteer is read when the step runs, so UseSources(custom) may come after UseTimeline().
        // The sources step's matches are reused when they come from the same gazetteer.
        AddEventStep((document, counts, mentions, found, matches) => EventExtractor.Extract(document, counts, mentions, events, Gazetteer,
            ReferenceEquals(found, Gazetteer) ? matches : null));
}
