namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Writes <see cref="Layers.TroopCounts"/>: the figures that count soldiers, with hedge, kind, status and whose
/// troops, attributed through the document's <see cref="Layers.Attribution"/> when the pipeline has one.
/// </summary>
internal sealed class TroopCountsComponent(Lexicon lexicon) : IComponent
{
    private readonly TroopCountFinder finder = TroopCountFinder.For(lexicon);

    public string Name => "troop_counts";
    public IReadOnlyList<string> Needs => [Layers.Quantities.Name, Layers.Countries.Name];
    public IReadOnlyList<string> Reads => [Layers.Attribution.Name, Layers.GazetteerMatches.Name];
    public IReadOnlyList<string> Writes => [Layers.TroopCounts.Name];

    public void Run(AnnotatedDocument annotated)
    {
        var document = annotated.Document;
        var quantities = annotated.Get(Layers.Quantities);
        var countries = annotated.Get(Layers.Countries);
        var attribution = annotated.TryGet(Layers.Attribution, out var one) ? one[0] : null;
        var sources = annotated.TryGet(Layers.GazetteerMatches, out var matches) ? matches : null;
        var counts = new List<TroopCount>();
        string? previousSubject = null;
        // The sentence before, in the same paragraph, counted troops: "Kyiv believes around 12,000 are involved" reads
        // against it.
        var troopsBefore = (Paragraph: -1, Index: -1);
        foreach (var sentence in document.Sentences)
        {
            var cited = attribution?.RefsOf(sentence.Index).Where(r => r.IsCited).Select(r => r.Span).ToList() ?? [];
            // Whose troops and whose words are worked out only for sentences that have figures (few do).
            var figures = finder.Find(document, sentence, quantities[sentence.Index], countries[sentence.Index], cited,
                () => ContextSubject(document, sentence, countries, attribution) ?? previousSubject,
                troopsBefore == (sentence.Paragraph, sentence.Index - 1), sources?[sentence.Index]);
            if (figures.Count == 0) continue;
            troopsBefore = (sentence.Paragraph, sentence.Index);
            foreach (var figure in figures)
            {
                var (origin, via) = attribution?.For(sentence, figure.Span) ?? (null, []);
                counts.Add(new TroopCount(
                    document.Quote(figure.Quantity.Span),
                    figure.Quantity.Value, figure.Quantity.Low, figure.Quantity.High,
                    figure.Hedge, figure.Kind, figure.Status, figure.Subject,
                    origin, via,
                    Provenance.Of(document, sentence, figure.Span)));
                previousSubject = figure.Subject ?? previousSubject;
            }
        }
        annotated.Set(Layers.TroopCounts, counts);
    }

    // Whose troops, when a figure's own sentence does not say: the last country named as an actor
    // earlier in its paragraph ("North Korea's military engagement ... a roster of 12 million soldiers").
    private string? ContextSubject(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries, Attribution? attribution)
    {
        if (sentence.Paragraph == 0) return null;
        // Earlier sentences, nearest first, then the rest of the figure's own sentence.
        var paragraph = document.Sentences.Where(s => s.Paragraph == sentence.Paragraph && s.Index < sentence.Index).Reverse().Append(sentence);
        foreach (var s in paragraph)
        {
            var masked = attribution?.RefsOf(s.Index).Where(r => r.IsCited).Select(r => r.Span).ToList() ?? [];
            if (finder.NearestCountry(document.Text, s.Start, s.End, countries[s.Index], masked) is { } country) return country;
        }
        return null;
    }
}
