namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>Writes <see cref="Layers.Quantities"/>: the numbers of each sentence, with their hedges and ranges.</summary>
internal sealed class QuantitiesComponent(Lexicon lexicon) : IComponent
{
    private readonly Quantities quantities = Quantities.For(lexicon);

    public string Name => "quantities";
    public IReadOnlyList<string> Needs => [];
    public IReadOnlyList<string> Writes => [Layers.Quantities.Name];

    public void Run(AnnotatedDocument document)
    {
        var text = document.Document.Text;
        document.Set(Layers.Quantities, document.Document.Sentences.Select(s => quantities.Find(text, s.Start, s.End)).ToArray());
    }
}
