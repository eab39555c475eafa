namespace Analysis.Corpus;

/// <summary>
/// Loads every article of a folder (*.txt, *.md, recursively) into a <see cref="Corpus"/>.
/// A file that cannot be read as an article is reported as a <see cref="LoadProblem"/> and the
/// others still load; nothing is dropped without a problem that says so, and each problem is
/// reported once. Which files are read is decided by <see cref="CorpusFiles"/> (hidden files,
/// links, non-articles); what an article's text becomes, by <see cref="DocumentParser"/>.
/// </summary>
public static class CorpusLoader
{
    /// <summary>The folder name searched for from the current folder upwards.</summary>
    public const string DefaultFolderName = "seeds";

    /// <summary>The extensions of article files (any case): the files a corpus folder is read for.</summary>
    public static IReadOnlyList<string> ArticleExtensions => CorpusFiles.ArticleExtensions;

    /// <summary>Files larger than this are refused: an article is kilobytes, not a dump.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

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

    public static Corpus Load(string? folder = null, CancellationToken cancellation = default)
    {
        var stream = Stream(folder);
        // A stop asked for (Ctrl-C) takes effect at the next document.
        var documents = stream.Documents().Select(d => { cancellation.ThrowIfCancellationRequested(); return d; }).ToList();
        return new Corpus(stream.Folder, documents, stream.Problems.ToArray());
    }

    /// <summary>
    /// The corpus of <paramref name="folder"/> read one document at a time, for folders too large to
    /// hold (see <see cref="CorpusStream"/>); the same documents and problems as <see cref="Load"/>.
    /// With a <paramref name="shard"/>, only that part of the corpus's files is read.
    /// </summary>
    public static CorpusStream Stream(string? folder = null, Shard? shard = null) => new(folder, shard);

    // The id the user probably meant: the same with the extension typed, or in another case.
    internal static string Hint(string id, IReadOnlySet<string> loaded)
    {
        var withoutExtension = Path.ChangeExtension(id, null);
        var meant = loaded.FirstOrDefault(d => d == withoutExtension) ?? loaded.FirstOrDefault(d => string.Equals(d, id, StringComparison.OrdinalIgnoreCase));
        return meant is null ? "" : $" (did you mean '{meant}'?)";
    }

    /// <summary>Parses one article from a string, e.g. a sentence typed in a notebook.</summary>
    public static Document FromText(string text, string id = "inline", DocumentMetadata? metadata = null) =>
        DocumentParser.Parse(id, id, text, metadata);

    /// <param name="listedBytes">The file's size when its folder was listed, which spares asking the file system again
    /// (a file that grew since is read whole all the same). Zero or null: asked here, as a listing gives zero for pipes,
    /// devices and links it could not follow, and reading must say which.</param>
    internal static Document? LoadFile(string file, string id, DocumentMetadata? metadata, List<LoadProblem> problems, long? listedBytes = null)
    {
        byte[] buffer;
        int read;
        try
        {
            var length = listedBytes is > 0 and var listed ? listed : new FileInfo(file).Length;
            // Zero bytes: nothing to read. Pipes and devices also report zero, and opening a pipe with
            // no writer would block for ever, so the file is never opened.
            if (length == 0)
            {
                problems.Add(new LoadProblem(file, null, "is empty (0 bytes)", ProblemAction.Skipped));
                return null;
            }
            if (length > MaxFileBytes)
            {
                problems.Add(new LoadProblem(file, null, $"is {length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit for one article", ProblemAction.Skipped));
                return null;
            }
            (buffer, read) = ReadAll(file, (int)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(file, null, $"cannot be read: {e.Message}", ProblemAction.Skipped));
            return null;
        }
        try
        {
            return Parse(file, id, metadata, problems, buffer.AsSpan(0, read));
        }
        finally
        {
            Release(buffer);
        }
    }

    // The file's bytes in a pooled buffer (its text is all that is kept): one copy less per byte read
    // than File.ReadAllBytes. Past PooledBytes a file gets its own buffer, so that the pool does not
    // keep a huge one. A file that grew since it was listed is read whole all the same.
    private const int PooledBytes = 1 << 20;

    private static (byte[] Buffer, int Length) ReadAll(string file, int listed)
    {
        using var handle = File.OpenHandle(file);
        var size = Math.Max(listed, (int)Math.Min(RandomAccess.GetLength(handle), MaxFileBytes)) + 1;
        var buffer = size <= PooledBytes ? System.Buffers.ArrayPool<byte>.Shared.Rent(size) : new byte[size];
        var length = 0;
        while (true)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (n == 0) return (buffer, length);
            length += n;
            if (length == buffer.Length)
            {
                var larger = new byte[buffer.Length * 2];
                buffer.AsSpan().CopyTo(larger);
                Release(buffer);
                buffer = larger;
            }
        }
    }

    private static void Release(byte[] buffer)
    {
        if (buffer.Length <= PooledBytes) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }

    private static Document? Parse(string file, string id, DocumentMetadata? metadata, List<LoadProblem> problems, ReadOnlySpan<byte> bytes)
    {

        if (!TextDecoder.TryDecode(bytes, out var text, out var encoding, out var error))
        {
            problems.Add(new LoadProblem(file, null, error!, ProblemAction.Skipped));
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new LoadProblem(file, null, "holds only white space", ProblemAction.Skipped));
            return null;
        }
        if (encoding == "Windows-1252")
        {
            var at = TextDecoder.FirstInvalidUtf8(bytes);
            problems.Add(new LoadProblem(file, at?.Line, $"is not valid UTF-8{(at is { } a ? $" (byte {a.Offset})" : "")}; read as Windows-1252", ProblemAction.LoadedWithFallback));
        }

        // A web clipper may keep the title only in front matter: the file's first line is then its body's first paragraph, and
        // the front matter's title is the headline (read where it stands in the block), unless the file opens with a heading
        // or a line that is the title.
        var titled = false;
        var untitled = false;
        if (Path.GetExtension(file).Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            var markdown = text;
            text = MarkdownText.ToPlain(markdown, out var yaml, out var opensWithHeading);
            if (yaml is not null && FrontMatter.Read(yaml, file, problems) is { } front)
            {
                metadata = FrontMatter.Under(metadata, front);
                if (front.Title is { } title && !opensWithHeading && !FirstLineIs(text, title))
                {
                    titled = true;
                    if (FrontMatter.WithTitleLine(markdown, text, title) is { } withTitle) text = withTitle;
                    else untitled = true;
                }
            }
        }
        var document = DocumentParser.Parse(id, file, text, metadata, untitled);
        if (!document.HasHeadline && document.Paragraphs.Count == 0)
        {
            // Found by the loader's property test: a file whose first line is a "Related Sources:" list.
            problems.Add(new LoadProblem(file, 1, "holds no article, only a 'Related Sources' list", ProblemAction.Skipped));
            return null;
        }
        if (!document.HasHeadline && !titled)
            problems.Add(new LoadProblem(file, LineOf(text, document.Paragraphs[0].Span.Start), $"starts with body text, not a title (its first line has several sentences); no headline, listed as '{document.Title}'", ProblemAction.LoadedWithFallback));
        else if (document.Paragraphs.Count == 0)
            problems.Add(new LoadProblem(file, null, "has a headline but no body; loaded as the headline alone", ProblemAction.LoadedWithFallback));
        if (EnglishText.Problem(text) is { } notEnglish) problems.Add(new LoadProblem(file, null, notEnglish, ProblemAction.Loaded));
        return document;
    }

    // Whether the text's first non-blank line reads as the title (white space and case aside).
    private static bool FirstLineIs(string text, string title)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.AsSpan(start).IndexOfAny('\r', '\n') is >= 0 and var at ? start + at : text.Length;
        return string.Join(' ', text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Equals(string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
    }

    // 1-based line of a character offset, counting line ends as the parser does.
    private static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) line++;
        return line;
    }
}
