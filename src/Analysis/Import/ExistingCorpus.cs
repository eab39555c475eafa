namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// What an import needs to know of the corpus it adds to: the names in use (files and manifest
/// entries) and, per document, its address and its text's fingerprint, so the same article is not added twice.
/// </summary>
internal sealed class ExistingCorpus
{
    private readonly string folder;
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> lengths = new(StringComparer.Ordinal);

    private ExistingCorpus(string folder) => this.folder = folder;

    public static ExistingCorpus Read(string folder)
    {
        var corpus = new ExistingCorpus(folder);
        var stream = CorpusLoader.Stream(folder);
        foreach (var document in stream.Documents())
        {
            corpus.names.Add(document.Id);
            if (Fingerprint.OfAddress(document.Metadata.Url) is { } address) corpus.byAddress.TryAdd(address, document.Id);
            corpus.byText.TryAdd(Fingerprint.OfText(document.Paragraphs.Select(p => p.Text)), document.Id);
            corpus.lengths[document.Id] = document.Paragraphs.Sum(p => p.Text.Length);
        }
        // Entries for documents that are not there (yet) hold their names and addresses too; the loader's own problems are its business.
        foreach (var (id, metadata) in Manifest.Read(Path.Combine(folder, Manifest.FileName), new List<LoadProblem>()))
        {
            corpus.names.Add(id);
            if (Fingerprint.OfAddress(metadata.Url) is { } address) corpus.byAddress.TryAdd(address, id);
        }
        return corpus;
    }

    /// <summary>The document that already holds this article, and how it was recognised.</summary>
    public (string Id, string Reason)? Find(string? address, string text)
    {
        if (address is not null && byAddress.TryGetValue(address, out var id)) return (id, "same address");
        return byText.TryGetValue(text, out id) ? (id, "same text") : null;
    }

    public bool Taken(string id) =>
        names.Contains(id) || File.Exists(Path.Combine(folder, id + ".txt")) || File.Exists(Path.Combine(folder, id + ".md"));

    /// <summary>
    /// Whether the document is a feed's summary of the story <paramref name="paragraphs"/> tells in full: short
    /// (under <see cref="NewsFeed.FullTextCharacters"/>), and shorter than the new text.
    /// </summary>
    public bool IsSummaryOf(string id, IReadOnlyList<string> paragraphs) =>
        lengths.TryGetValue(id, out var length) && length < NewsFeed.FullTextCharacters && paragraphs.Sum(p => p.Length) > length;

    public void Add(string id, string? address, string text, IReadOnlyList<string> paragraphs)
    {
        names.Add(id);
        lengths[id] = paragraphs.Sum(p => p.Length);
        if (address is not null) byAddress.TryAdd(address, id);
        byText.TryAdd(text, id);
    }
}
