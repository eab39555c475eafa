namespace Analysis.Pipeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// Builds an <see cref="Extractor"/> from the steps you want, Markdig-style:
/// <c>new ExtractorBuilder().UseTroopCounts().UseSources().Build()</c>. Steps run per document in a
/// fixed order whatever the order of the calls: troop counts, then sources and attribution, then
/// events (which see the counts and mentions already found).
/// </summary>
public sealed class ExtractorBuilder
{
    /// <summary>
    /// A per-document step that turns a document and the facts already found in it into events.
    /// The timeline registers one with <see cref="AddEventStep"/>. It also sees the matches, by sentence index, of
    /// <paramref name="gazetteer"/> that the sources step already found (both null when it did not run),
    /// so a step that needs the same gazetteer's matches does not search again.
    /// </summary>
    internal delegate IReadOnlyList<TimelineEvent> EventStep(
        Document document, IReadOnlyList<TroopCount> troopCounts, IReadOnlyList<SourceMention> sourceMentions,
        SourceGazetteer? gazetteer, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>[]? gazetteerMatches);

    private bool troopCounts;
    private bool sources;
    private readonly List<EventStep> eventSteps = [];

    /// <summary>The gazetteer sources resolve against: the one given to <see cref="UseSources"/>, else the default.</summary>
    internal SourceGazetteer Gazetteer { get; private set; } = SourceGazetteer.Default;

    /// <summary>Find figures that count soldiers, with hedge, kind, status and whose troops.</summary>
    public ExtractorBuilder UseTroopCounts()
    {
        troopCounts = true;
        return this;
    }

    /// <summary>Find cited sources, resolve them through <paramref name="gazetteer"/> (default: the shipped one) and attribute figures to them.</summary>
    public ExtractorBuilder UseSources(SourceGazetteer? gazetteer = null)
    {
        sources = true;
        Gazetteer = gazetteer ?? SourceGazetteer.Default;
        return this;
    }

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

    /// <summary>Registers an event step; steps run in the order added, after troop counts and sources.</summary>
    internal ExtractorBuilder AddEventStep(EventStep step)
    {
        eventSteps.Add(step);
        return this;
    }

    public Extractor Build() => new(troopCounts, sources ? Gazetteer : null, eventSteps.ToArray());
}
