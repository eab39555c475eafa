namespace Analysis.Corpus;

using Analysis.Display;

/// <summary>The documents of one folder, and the problems met while loading them.</summary>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Corpus(string Folder, IReadOnlyList<Document> Documents, IReadOnlyList<LoadProblem> Problems)
{
    public Document this[string id] => Documents.FirstOrDefault(d => d.Id == id)
        ?? throw new KeyNotFoundException($"No document '{id}' in {Folder}.");

    public override string ToString() => $"{Counted.Of(Documents.Count, "document")} from {Folder}, {Counted.Of(Problems.Count, "problem")}";
}
