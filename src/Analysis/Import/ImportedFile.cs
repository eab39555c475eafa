namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// An article written to the corpus: the file (<c>NAME.txt</c>), where it came from and its metadata.
/// <see cref="ReplacedSummary"/>: the file held a feed's summary of the story, which the whole text replaced.
/// </summary>
public sealed record ImportedFile(string Id, string Path, string Source, DocumentMetadata Metadata, bool ReplacedSummary = false);
