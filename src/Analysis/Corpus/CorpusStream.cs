namespace Analysis.Corpus;

/// <summary>
/// A corpus folder read one document at a time, for corpora too large to hold: only the list of
/// file paths is kept, and each article is read, parsed (and, with <see cref="Select{T}"/>, extracted)
/// when its turn comes, then let go. The files, their order, the ids, and every problem (naming
/// the file and the reason) are exactly those of <see cref="CorpusLoader.Load"/>, which is this
/// stream collected into a list. Problems found while listing the folder are known at once; those
/// of each file as it is read; metadata for a document that does not exist, at the end. So
/// <see cref="Problems"/> is complete once an enumeration has run to its end; enumerating again
/// reads the files again and finds their problems afresh.
/// </summary>
public sealed class CorpusStream
{
    private readonly string manifestPath;
    private Dictionary<string, Manifest.Entry> metadata;
    private readonly Planned[] files;
    private readonly int listingProblems;
    private readonly List<LoadProblem> problems = [];
    // Ids of the documents read, kept only when a manifest needs checking against them at the end.
    private readonly HashSet<string> loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> withFile;

    // One article to read: its path, its size when listed, and, when its name clashed with another
    // file's, the id it loads under and the problem that says so. Held for every file of the corpus,
    // so it is kept small: the usual id is worked out again when the file is read.
    private sealed record Planned(string File, long Bytes, string? ClashId = null, LoadProblem? NameClash = null);

    internal CorpusStream(string? folder)
    {
        Folder = Path.GetFullPath(folder ?? CorpusLoader.FindDefaultFolder());
        // One article file is a corpus of one: its id is its name, its metadata its folder's manifest entry.
        var single = File.Exists(Folder);
        if (!single && !Directory.Exists(Folder)) throw new DirectoryNotFoundException($"Corpus folder not found: {Folder}");
        root = single ? Path.GetDirectoryName(Folder)! : Folder;
        manifestPath = Path.Combine(root, Manifest.FileName);
        metadata = Manifest.ReadEntries(manifestPath, problems);
        if (single) metadata = metadata.Where(m => m.Key == IdOf(Folder)).ToDictionary();

        var planned = new List<Planned>();
        var fileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in single ? [Folder] : CorpusFiles.Articles(Folder, problems))
        {
            var id = IdOf(file);
            if (fileOfId.TryAdd(id, file))
            {
                planned.Add(new Planned(file, SizeOf(file)));
                continue;
            }
            // "a.txt" beside "a.md": the second keeps its extension so both load under distinct ids.
            var first = id;
            id = Path.GetRelativePath(root, file).Replace('\\', '/');
            fileOfId.TryAdd(id, file);
            var clash = new LoadProblem(file, null, $"has the same name as {Path.GetFileName(fileOfId[first])}; loaded as '{id}'", ProblemAction.LoadedWithFallback);
            planned.Add(new Planned(file, SizeOf(file), id, clash));
        }
        files = planned.ToArray();
        withFile = metadata.Keys.Where(fileOfId.ContainsKey).ToHashSet(StringComparer.Ordinal);
        listingProblems = problems.Count;
        TotalBytes = files.Sum(f => f.Bytes);
        // Listing a large folder leaves garbage (directory entries, paths, the id table) as large as
        // the list itself; collected now, the heap the documents stream through starts compact.
        // Measured on 151,371 files (400 MB): peak memory of `analysis extract` 217 MB before this and
        // the smaller file list, 200 MB after. Small folders are not worth a full collection.
        if (files.Length > 10_000) GC.Collect();
    }

    // A document's id: its path in the corpus without extension, with '/' on every system.
    private string IdOf(string file) => Path.GetRelativePath(root, Path.ChangeExtension(file, null)).Replace('\\', '/');

    // The folder that ids are relative to: the corpus folder, or the folder of a single article.
    private readonly string root;

    /// <summary>The corpus folder (or single article file), in full.</summary>
    public string Folder { get; }

    /// <summary>How many article files will be read.</summary>
    public int FileCount => files.Length;

    /// <summary>Their total size in bytes when listed: what progress is measured against.</summary>
    public long TotalBytes { get; }

    /// <summary>Files read so far in the current enumeration, in corpus order (whether or not they loaded).</summary>
    public int FilesRead { get; private set; }

    /// <summary>Bytes of the files read so far in the current enumeration.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The problems met so far; complete when an enumeration has finished.</summary>
    public IReadOnlyList<LoadProblem> Problems => problems;

    /// <summary>The documents, one at a time, in corpus order (ordinal path order).</summary>
    public IEnumerable<Document> Documents()
    {
        Restart();
        foreach (var file in files) if (Take(file, Read(file)) is { } document) yield return document;
        Finish();
    }

    /// <summary>
    /// Each document put through <paramref name="work"/> (extraction, say), in corpus order, with reading, parsing and the work spread over
    /// <paramref name="parallelism"/> threads (default: one per core). At most a few documents per
    /// thread are in flight, so memory stays flat however large the corpus; a slow document holds
    /// back only the output after it, never the order.
    /// </summary>
    public IEnumerable<T> Select<T>(Func<Document, T> work, int? parallelism = null)
    {
        var threads = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        Restart();
        if (threads == 1)
        {
            foreach (var file in files)
                if (Take(file, Read(file)) is { } document) yield return work(document);
        }
        else
        {
            // A window of work in corpus order: the oldest is awaited and handed out, then the window
            // refills. Documents and findings of the window are all that is held.
            var window = new Queue<Task<(FileRead Read, T? Result)>>();
            var next = 0;
            var inFlight = threads * 4;
            while (next < files.Length || window.Count > 0)
            {
                while (next < files.Length && window.Count < inFlight)
                {
                    var file = files[next++];
                    window.Enqueue(Task.Run(() =>
                    {
                        var read = Read(file);
                        return (read, read.Document is { } d ? work(d) : default);
                    }));
                }
                var (done, result) = window.Dequeue().GetAwaiter().GetResult();
                if (Take(done.File, done) is not null) yield return result!;
            }
        }
        Finish();
    }

    // One file read on any thread: its document (or none) and its problems, to be taken in order.
    private sealed record FileRead(Planned File, Document? Document, List<LoadProblem> Problems);

    private FileRead Read(Planned file)
    {
        var fileProblems = new List<LoadProblem>();
        var id = file.ClashId ?? IdOf(file.File);
        var document = CorpusLoader.LoadFile(file.File, id, metadata.GetValueOrDefault(id)?.Metadata, fileProblems);
        return new FileRead(file, document, fileProblems);
    }

    // Takes a read file in corpus order: its problems join the list, and the counters move on.
    private Document? Take(Planned file, FileRead read)
    {
        if (file.NameClash is { } clash) problems.Add(clash);
        problems.AddRange(read.Problems);
        FilesRead++;
        BytesRead += file.Bytes;
        if (read.Document is { } document && metadata.Count > 0) loaded.Add(document.Id);
        return read.Document;
    }

    private void Restart()
    {
        problems.RemoveRange(listingProblems, problems.Count - listingProblems);
        loaded.Clear();
        FilesRead = 0;
        BytesRead = 0;
    }

    // Metadata for a document that is not there: known only once every file has been read.
    private void Finish()
    {
        foreach (var (id, entry) in metadata.Where(m => !loaded.Contains(m.Key)))
        {
            // A file that was found but skipped already has its problem; only a missing file is news.
            if (withFile.Contains(id)) continue;
            problems.Add(new LoadProblem(manifestPath, entry.Line, $"metadata for '{id}', but no such document{CorpusLoader.Hint(id, loaded)}; ignored", ProblemAction.Skipped));
        }
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // reading it reports why
        }
    }
}
