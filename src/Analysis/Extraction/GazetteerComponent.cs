namespace Analysis.Extraction;

/// <summary>Writes <see cref="Layers.GazetteerMatches"/>: where the source gazetteer's names are, searched once per sentence.</summary>
public sealed class GazetteerComponent(SourceGazetteer gazetteer) : IComponent
{
    public SourceGazetteer Gazetteer { get; } = gazetteer;

    public string Name => "gazetteer";
    public IReadOnlyList<string> Needs => [];
    public IReadOnlyList<string> Writes => [Layers.GazetteerMatches.Name];

    public void Run(AnnotatedDocument document)
    {
        var text = document.Document.Text;
        document.Set(Layers.GazetteerMatches, document.Document.Sentences
            .Select(s => (IReadOnlyList<(Corpus.TextSpan, GazetteerEntry)>)Gazetteer.Find(text, s.Start, s.End).ToList()).ToArray());
    }
}
