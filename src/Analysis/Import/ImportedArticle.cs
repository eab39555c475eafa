namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// One article read from a saved page, a feed item or a fetched address, before it is written to the
/// corpus: its headline, body paragraphs (plain text, one string each), the outbound article links
/// that become its <c>Related Sources:</c>, and the metadata that goes into <c>manifest.json</c>.
/// </summary>
public sealed record ImportedArticle(
    string Source,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> RelatedLinks,
    DocumentMetadata Metadata);
