namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// Brings articles into a corpus folder as people collect them: saved web pages, RSS and Atom feeds,
/// and web addresses. Each article becomes <c>NAME.txt</c> in the kit's format (<see cref="ArticleFile"/>)
/// with its entry in <c>manifest.json</c> (title, published, outlet, url, author), merged with what
/// the manifest holds (<see cref="ManifestWriter"/>). Names are stable (<see cref="Slug"/>). An article
/// the corpus already holds (same address, or same text: <see cref="Fingerprint"/>) is not written
/// again; the manifest fields its entry lacks are filled in. Every source that cannot be imported is
/// a <see cref="LoadProblem"/> naming it and saying why, and the others are imported regardless.
/// </summary>
public static class Importer
{
    /// <summary>Imports <paramref name="sources"/> (files, folders, http(s) addresses) and the addresses listed in <paramref name="urlsFile"/>.</summary>
    public static ImportResult Import(IEnumerable<string> sources, ImportOptions? options = null, string? urlsFile = null) =>
        ImportAsync(sources, options, urlsFile).GetAwaiter().GetResult();

    public static async Task<ImportResult> ImportAsync(IEnumerable<string> sources, ImportOptions? options = null, string? urlsFile = null,
        CancellationToken cancel = default)
    {
        options ??= new ImportOptions();
        var folder = Path.GetFullPath(options.Into ?? DefaultFolder());
        Directory.CreateDirectory(folder);
        var problems = new List<LoadProblem>();
        var manifestPath = Path.Combine(folder, Manifest.FileName);
        var manifestText = File.Exists(manifestPath) ? File.ReadAllText(manifestPath) : null;
        if (manifestText is not null && ManifestWriter.Merge(manifestText, [], out _) is null)
        {
            problems.Add(new LoadProblem(manifestPath, null, "is not a JSON object that can be added to; fix it (see `analysis report`'s problems) and import again: nothing was imported", ProblemAction.Skipped));
            return new ImportResult(folder, [], [], problems);
        }

        var corpus = ExistingCorpus.Read(folder);
        var articles = new List<ImportedArticle>();
        using (var fetcher = new PageFetcher(options))
            foreach (var source in ImportSources.Expand(sources, urlsFile, problems))
                articles.AddRange(await ReadAsync(source, fetcher, options, problems, cancel));

        var imported = new List<(ImportedArticle Article, string Id)>();
        var duplicates = new List<(ImportedArticle Article, string Id, string Reason)>();
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var text = Fingerprint.OfText(article.Paragraphs);
            var address = Fingerprint.OfAddress(article.Metadata.Url);
            if (corpus.Find(address, text) is { } existing)
            {
                // A feed's summary, and now its page: the whole story takes the summary's place, under the same name.
                var summaryHere = File.Exists(Path.Combine(folder, existing.Id + ".txt")) || imported.Exists(i => i.Id == existing.Id);
                if (existing.Reason == "same address" && summaryHere && corpus.IsSummaryOf(existing.Id, article.Paragraphs))
                {
                    imported.RemoveAll(i => i.Id == existing.Id);
                    replaced.Add(existing.Id);
                    corpus.Add(existing.Id, address, text, article.Paragraphs);
                    imported.Add((article, existing.Id));
                    continue;
                }
                duplicates.Add((article, existing.Id, existing.Reason));
                continue;
            }
            var id = Slug.Unused(Slug.Of(article.Title, article.Metadata.Published), text, corpus.Taken);
            corpus.Add(id, address, text, article.Paragraphs);
            imported.Add((article, id));
        }

        var files = new List<ImportedFile>();
        foreach (var (article, id) in imported)
        {
            var path = Path.Combine(folder, id + ".txt");
            AtomicFile.WriteAllText(path, ArticleFile.Text(article));
            files.Add(new ImportedFile(id, path, article.Source, article.Metadata, ReplacedSummary: replaced.Contains(id)));
        }
        var entries = imported.Select(i => (i.Id, i.Article.Metadata)).Concat(duplicates.Select(d => (d.Id, d.Article.Metadata))).ToList();
        var merged = ManifestWriter.Merge(manifestText, entries, out var added);
        if (entries.Count > 0 && merged is not null && merged != manifestText) AtomicFile.WriteAllText(manifestPath, merged);

        // The fields filled into an existing entry are told once, with the first duplicate that brought them.
        var already = new List<AlreadyImported>();
        foreach (var (article, id, reason) in duplicates)
        {
            var filled = imported.Any(i => i.Id == id) ? null : added.GetValueOrDefault(id);
            added.Remove(id);
            already.Add(new AlreadyImported(article.Source, id, reason, filled ?? []));
        }
        return new ImportResult(folder, files, already, problems);
    }

    private static string DefaultFolder()
    {
        try
        {
            return CorpusLoader.FindDefaultFolder();
        }
        catch (DirectoryNotFoundException)
        {
            return CorpusLoader.DefaultFolderName;
        }
    }

    private static async Task<IReadOnlyList<ImportedArticle>> ReadAsync(ImportSources.Source source, PageFetcher fetcher, ImportOptions options,
        List<LoadProblem> problems, CancellationToken cancel)
    {
        byte[] bytes;
        string? charset = null;
        Uri? address = null;
        if (source.Address is { } url)
        {
            var (page, error) = await fetcher.FetchAsync(url, cancel);
            if (page is null)
            {
                problems.Add(new LoadProblem(source.Name, null, error!, ProblemAction.Skipped));
                return [];
            }
            (bytes, charset, address) = (page.Bytes, page.Charset, page.Address);
        }
        else
        {
            try
            {
                var length = new FileInfo(source.File!).Length;
                if (length > options.MaxBytes)
                {
                    problems.Add(new LoadProblem(source.Name, null, $"is {length / 1024.0 / 1024.0:0.#} MB, over the {options.MaxBytes / 1024.0 / 1024.0:0.##} MB limit for one page or feed", ProblemAction.Skipped));
                    return [];
                }
                bytes = await File.ReadAllBytesAsync(source.File!, cancel);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new LoadProblem(source.Name, null, $"cannot be read: {e.Message}", ProblemAction.Skipped));
                return [];
            }
        }
        if (bytes.Length == 0)
        {
            problems.Add(new LoadProblem(source.Name, null, "is empty (0 bytes)", ProblemAction.Skipped));
            return [];
        }
        if (!PageText.TryDecode(bytes, charset, out var text, out var decodeError))
        {
            problems.Add(new LoadProblem(source.Name, null, decodeError!, ProblemAction.Skipped));
            return [];
        }
        var isFeed = source.File is { } file ? ImportSources.IsFeed(file, text) : NewsFeed.LooksLikeFeed(text) && !text.Contains("<html", StringComparison.OrdinalIgnoreCase);
        if (isFeed) return NewsFeed.Read(source.Name, text, problems);
        return SavedPage.Read(source.Name, text, address, problems) is { } article ? [article] : [];
    }
}
