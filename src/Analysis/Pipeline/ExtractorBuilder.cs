namespace Analysis.Pipeline;

using Analysis.Extraction;
using Analysis.Timeline;
using Analysis.Vocabulary;

/// <summary>
/// Builds an <see cref="Extractor"/> from the steps you want, Markdig-style:
/// <c>new ExtractorBuilder().UseTroopCounts().UseSources().Build()</c>. The kit's steps run in a fixed order
/// whatever the order of the calls (sources and attribution, then clauses and troop counts, then the dates of each
/// clause and figure, then events, which see the counts, mentions and dates already found); components added with <see cref="Add"/> run after them, in the order added.
/// </summary>
public sealed class ExtractorBuilder
{
    private bool troopCounts;
    private bool sources;
    private bool timeline;
    private KnownEvents? knownEvents;
    private readonly List<IComponent> added = [];

    /// <summary>The vocabulary the kit's components read: the one given to <see cref="UseLexicon"/>, else the default.</summary>
    internal Lexicon Lexicon { get; private set; } = Lexicon.Default;

    /// <summary>Read with <paramref name="lexicon"/> (e.g. <c>Lexicon.ForCorpus(folder)</c>, the defaults with a corpus's own lexicon.json).</summary>
    public ExtractorBuilder UseLexicon(Lexicon lexicon)
    {
        Lexicon = lexicon;
        return this;
    }

    private SourceGazetteer? gazetteer;

    /// <summary>The gazetteer sources resolve against: the one given to <see cref="UseSources"/>, else the lexicon's sources.</summary>
    internal SourceGazetteer Gazetteer => gazetteer ?? SourceGazetteer.For(Lexicon);

    /// <summary>Find figures that count soldiers, with hedge, kind, status and whose troops.</summary>
    public ExtractorBuilder UseTroopCounts()
    {
        troopCounts = true;
        return this;
    }

    /// <summary>Find cited sources, resolve them through <paramref name="gazetteer"/> (default: the lexicon's sources) and attribute figures to them.</summary>
    public ExtractorBuilder UseSources(SourceGazetteer? gazetteer = null)
    {
        sources = true;
        this.gazetteer = gazetteer;
        return this;
    }

    /// <summary>
    /// Find events: each sentence that reports an action or a statement, with its kind, actors, summary,
    /// date (resolved through <paramref name="events"/>, default: those of the lexicon) and the
    /// troop counts it carries. Actors share their canonical names with the source gazetteer.
    /// </summary>
    public ExtractorBuilder UseTimeline(KnownEvents? events = null)
    {
        timeline = true;
        knownEvents = events;
        return this;
    }

    /// <summary>Adds a component of your own; it runs after the kit's steps, in the order added.</summary>
    public ExtractorBuilder Add(IComponent component)
    {
        added.Add(component);
        return this;
    }

    /// <summary>The extractor; throws when a component needs a layer that no component before it writes.</summary>
    public Extractor Build()
    {
        var components = new List<IComponent>();
        if (sources || troopCounts || timeline) components.Add(new CountriesComponent(Lexicon));
        if (sources) components.AddRange([new GazetteerComponent(Gazetteer), new SourcesComponent(Lexicon, Gazetteer), new AttributionComponent(Lexicon)]);
        if (troopCounts || timeline) components.Add(new ClausesComponent(ReferenceEquals(Lexicon, Lexicon.Default) ? null : new Clauses(Lexicon)));
        if (troopCounts) components.AddRange([new QuantitiesComponent(Lexicon), new TroopCountsComponent(Lexicon)]);
        // Dates come after the figures they date and before the events that read them.
        if (troopCounts || timeline) components.Add(new DatesComponent(knownEvents ?? KnownEvents.For(Lexicon), Lexicon));
        if (timeline) components.Add(new EventsComponent(Lexicon, knownEvents));
        components.AddRange(added);
        return new Extractor(components);
    }
}
