namespace Analysis;

/// <summary>
/// Loads every article of a folder (*.txt, *.md, recursively) into a <see cref="Corpus"/>.
/// A file that cannot be read as an article is reported as a <see cref="LoadProblem"/> and the
/// others still load; nothing is dropped without a problem that says so.
/// </summary>
public static class CorpusLoader
{
    /// <summary>The folder name searched for from the current folder upwards.</summary>
    public const string DefaultFolderName = "seeds";

    /// <summary>Files larger than this are refused: an article is kilobytes, not a dump.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly string[] ArticleExtensions = [".txt", ".md"];

    /// <summary>The nearest <c>seeds/</c> folder from <paramref name="start"/> (default: current folder) or any parent.</summary>
    public static string FindDefaultFolder(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolderName);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"No '{DefaultFolderName}/' folder in {start ?? Directory.GetCurrentDirectory()} or any parent. Pass the corpus folder explicitly.");
    }

    public static Corpus Load(string? folder = null)
    {
        folder = Path.GetFullPath(folder ?? FindDefaultFolder());
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Corpus folder not found: {folder}");

        var problems = new List<LoadProblem>();
        var metadata = Manifest.Read(Path.Combine(folder, Manifest.FileName), problems);
        var documents = new List<Document>();
        foreach (var file in EnumerateFiles(folder, problems))
            if (LoadFile(folder, file, metadata, problems) is { } document) documents.Add(document);

        foreach (var id in metadata.Keys.Except(documents.Select(d => d.Id)))
            problems.Add(new LoadProblem(Path.Combine(folder, Manifest.FileName), null, $"metadata for '{id}', but no such document; ignored", ProblemAction.Skipped));
        return new Corpus(folder, documents, problems);
    }

    /// <summary>Parses one article from a string, e.g. a sentence typed in a notebook.</summary>
    public static Document FromText(string text, string id = "inline", DocumentMetadata? metadata = null) =>
        DocumentParser.Parse(id, id, text, metadata);

    private static Document? LoadFile(string folder, string file, IReadOnlyDictionary<string, DocumentMetadata> metadata, List<LoadProblem> problems)
    {
        var id = Path.GetRelativePath(folder, Path.ChangeExtension(file, null)).Replace('\\', '/');
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                problems.Add(new LoadProblem(file, null, $"is {length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit for one article", ProblemAction.Skipped));
                return null;
            }
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(file, null, $"cannot be read: {e.Message}", ProblemAction.Skipped));
            return null;
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var encoding, out var error))
        {
            problems.Add(new LoadProblem(file, null, error!, ProblemAction.Skipped));
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new LoadProblem(file, null, "is empty", ProblemAction.Skipped));
            return null;
        }
        if (encoding == "Windows-1252")
            problems.Add(new LoadProblem(file, null, "is not valid UTF-8; read as Windows-1252", ProblemAction.LoadedWithFallback));

        var document = DocumentParser.Parse(id, file, text, metadata.GetValueOrDefault(id));
        if (document.Paragraphs.Count == 0)
            problems.Add(new LoadProblem(file, null, "has a headline but no body", ProblemAction.LoadedWithFallback));
        return document;
    }

    // Articles in a stable order; other files are reported, not silently passed over.
    private static IEnumerable<string> EnumerateFiles(string folder, List<LoadProblem> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint, // no symlink loops
        };
        var files = new List<string>();
        try
        {
            files.AddRange(Directory.EnumerateFiles(folder, "*", options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(folder, null, $"cannot be listed completely: {e.Message}", ProblemAction.Skipped));
        }
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || name == Manifest.FileName) continue;
            if (ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)) yield return file;
            else problems.Add(new LoadProblem(file, null, $"is not an article (only {string.Join(", ", ArticleExtensions)} files are read)", ProblemAction.Skipped));
        }
    }
}
