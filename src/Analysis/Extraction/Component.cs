namespace Analysis.Extraction;

/// <summary>A component made of a function, for a notebook cell: <c>Component.Of("units", needs: ["troop_counts"], writes: ["units"], run: d => …)</c>.</summary>
public static class Component
{
    public static IComponent Of(string name, IReadOnlyList<string> needs, IReadOnlyList<string> writes, Action<AnnotatedDocument> run) =>
        new FunctionComponent(name, needs, writes, run);

    private sealed record FunctionComponent(string Name, IReadOnlyList<string> Needs, IReadOnlyList<string> Writes, Action<AnnotatedDocument> Work) : IComponent
    {
        public void Run(AnnotatedDocument document) => Work(document);

        public override string ToString() => $"{Name} ({string.Join(", ", Needs)} → {string.Join(", ", Writes)})";
    }
}
