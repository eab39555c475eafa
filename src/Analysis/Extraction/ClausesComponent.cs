namespace Analysis.Extraction;

/// <summary>Writes <see cref="Layers.Clauses"/>: the clauses of each sentence (<see cref="Clauses"/>).</summary>
internal sealed class ClausesComponent(Clauses? clauses = null) : IComponent
{
    private readonly Clauses clauses = clauses ?? Clauses.Default;

    public string Name => "clauses";
    public IReadOnlyList<string> Needs => [];
    public IReadOnlyList<string> Writes => [Layers.Clauses.Name];

    public void Run(AnnotatedDocument document)
    {
        document.Set(Layers.Clauses, new ClausesBySentence(document.Document.Sentences, clauses));
    }
}
