namespace Analysis.Import;

/// <summary>An article written to the corpus: the file (<c>NAME.txt</c>), where it came from and its metadata.</summary>
public sealed record ImportedFile(string Id, string Path, string Source, DocumentMetadata Metadata);
