namespace Analysis.Timeline;

using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// Writes the dates of a document, read clause by clause (<see cref="DocumentDates"/>): every date expression
/// (<see cref="TimelineLayers.Dates"/>), the date of what each sentence reports (<see cref="TimelineLayers.SentenceDates"/>,
/// which the events read) and each troop figure's as-of and target dates (<see cref="TimelineLayers.FigureDates"/>,
/// which the pipeline carries onto the figures). Known events named instead of a date resolve through <paramref name="knownEvents"/>;
/// the words are <paramref name="lexicon"/>'s (default: the kit's).
/// </summary>
public sealed class DatesComponent(KnownEvents? knownEvents = null, Lexicon? lexicon = null) : IComponent
{
    private readonly DateResolver resolver = knownEvents is null && lexicon is null ? DateResolver.Default : new DateResolver(knownEvents, lexicon);

    public string Name => "dates";
    public IReadOnlyList<string> Needs => [Layers.Clauses.Name];
    public IReadOnlyList<string> Reads => [Layers.TroopCounts.Name];
    public IReadOnlyList<string> Writes => [TimelineLayers.Dates.Name, TimelineLayers.SentenceDates.Name, TimelineLayers.FigureDates.Name];

    public void Run(AnnotatedDocument document)
    {
        var counts = document.GetOrEmpty(Layers.TroopCounts);
        var dates = DocumentDates.Of(document.Document, counts, document.Get(Layers.Clauses), resolver, lexicon);
        document.Set(TimelineLayers.Dates, dates.Mentions);
        document.Set(TimelineLayers.SentenceDates, dates.Sentences);
        document.Set(TimelineLayers.FigureDates, dates.Figures(counts));
    }
}
