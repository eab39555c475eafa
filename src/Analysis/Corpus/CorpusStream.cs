namespace Analysis.Corpus;

/// <summary>
/// A corpus folder read one document at a time, for corpora too large to hold: each article is
/// read, parsed (and, with <see cref="Select{T}"/>, extracted) when its turn comes, then let go, and the
/// folder itself is walked a folder at a time (<see cref="CorpusFiles.Walk"/>), so memory stays flat
/// however many files there are. The files, their order, the ids, and every problem (naming the
/// file and the reason) are exactly those of <see cref="CorpusLoader.Load"/>, which is this stream
/// collected into a list. Opening the stream walks the folder once to count the files and bytes (for
/// progress) and to settle which symbolic links to read (a link's real file may come later in the
/// walk); each enumeration walks it again. Problems found while walking the folder are known at
/// once; those of each file as it is read; metadata for a document that does not exist, at the end.
/// So <see cref="Problems"/> is complete once an enumeration has run to its end; enumerating again
/// reads the files again and finds their problems afresh. With a <see cref="Shard"/>, only the
/// files of that part are read (and counted), while the walk and its problems are the whole folder's.
/// </summary>
public sealed class CorpusStream
{
    private readonly string manifestPath;
    private Dictionary<string, Manifest.Entry> metadata;
    private readonly Shard? shard;
    // Symbolic links to articles that are read: the first path to a real file that is not read as a file of its own.
    private readonly HashSet<string> linksRead = new(StringComparer.Ordinal);
    private readonly int listingProblems;
    private readonly List<LoadProblem> problems = [];
    // Ids of the documents read, kept only when a manifest needs checking against them at the end.
    private readonly HashSet<string> loaded = new(StringComparer.Ordinal);
    // Ids with metadata whose file was found, in or out of the shard: known once the walk has ended.
    private readonly HashSet<string> withFile = new(StringComparer.Ordinal);

    // One article to read: its path, its size when listed, and, when its name clashed with another
    // file's, the id it loads under and the problem that says so.
    private sealed record Planned(string File, long Bytes, string? ClashId = null, LoadProblem? NameClash = null);

    internal CorpusStream(string? folder, Shard? shard = null)
    {
        Folder = Path.GetFullPath(folder ?? CorpusLoader.FindDefaultFolder());
        // One article file is a corpus of one: its id is its name, its metadata its folder's manifest entry.
        single = File.Exists(Folder);
        if (!single && !Directory.Exists(Folder)) throw new DirectoryNotFoundException($"Corpus folder not found: {Folder}");
        root = single ? Path.GetDirectoryName(Folder)! : Folder;
        this.shard = shard;
        manifestPath = Path.Combine(root, Manifest.FileName);
        // A single article's run reports the problems of its own entry only: the other entries are of files not read.
        metadata = Manifest.ReadEntries(manifestPath, problems, single ? IdOf(Folder) : null);

        // The first walk: counts, and the links. A link is read unless its real file is read anyway,
        // as a file of its own or through an earlier link; then it is reported.
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = new List<CorpusFiles.Listed>();
        foreach (var file in Walk(problems, listed))
        {
            if (file.LinkReal is not null) links.Add(file);
            else Count(file);
        }
        var firstLinkTo = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var readAs = CorpusFiles.ReadAsFile(link.LinkReal!, listed) ?? firstLinkTo.GetValueOrDefault(link.LinkReal!);
            if (readAs is not null)
            {
                problems.Add(new LoadProblem(link.Path, null, $"is the same file as {readAs} (through a link); read once, as that file", ProblemAction.Skipped));
                continue;
            }
            firstLinkTo[link.LinkReal!] = link.Path;
            linksRead.Add(link.Path);
            Count(link);
        }
        listingProblems = problems.Count;
    }

    private void Count(CorpusFiles.Listed file)
    {
        if (shard is not null && !shard.Contains(RelativePath(file.Path))) return;
        FileCount++;
        TotalBytes += file.Bytes;
    }

    private string RelativePath(string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    // The corpus's article files in path order; a single article is its own listing.
    private IEnumerable<CorpusFiles.Listed> Walk(ICollection<LoadProblem>? problems, IDictionary<string, string>? listed = null) =>
        single ? [new CorpusFiles.Listed(Folder, null, new FileInfo(Folder).Length, new CorpusFiles.FolderListing(root))]
               : CorpusFiles.Walk(Folder, problems, listed);

    // The articles to read, in corpus order, from a fresh walk of the folder (its problems are already
    // known). Name clashes are settled per folder, since ids clash only within one.
    private IEnumerable<Planned> Plan()
    {
        withFile.Clear();
        foreach (var file in Walk(problems: null))
        {
            if (file.LinkReal is not null && !linksRead.Contains(file.Path)) continue;
            var ids = file.Folder.Ids;
            var id = IdOf(file.Path);
            Planned planned;
            if (ids.TryAdd(id, file.Path)) planned = new Planned(file.Path, file.Bytes);
            else
            {
                // "a.txt" beside "a.md": the second keeps its extension so both load under distinct ids.
                var first = id;
                id = RelativePath(file.Path);
                ids.TryAdd(id, file.Path);
                var clash = new LoadProblem(file.Path, null, $"has the same name as {Path.GetFileName(ids[first])}; loaded as '{id}'", ProblemAction.LoadedWithFallback);
                planned = new Planned(file.Path, file.Bytes, id, clash);
            }
            if (metadata.ContainsKey(id)) withFile.Add(id);
            if (shard is null || shard.Contains(RelativePath(file.Path))) yield return planned;
        }
    }

    // A document's id: its path in the corpus without extension, with '/' on every system.
    private string IdOf(string file) => Path.GetRelativePath(root, Path.ChangeExtension(file, null)).Replace('\\', '/');

    // The folder that ids are relative to: the corpus folder, or the folder of a single article.
    private readonly string root;
    private readonly bool single;

    /// <summary>The corpus folder (or single article file), in full.</summary>
    public string Folder { get; }

    /// <summary>How many article files will be read (of the shard, when there is one).</summary>
    public int FileCount { get; private set; }

    /// <summary>Their total size in bytes when listed: what progress is measured against.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>The part of the corpus read, or null for the whole.</summary>
    public Shard? Shard => shard;

    /// <summary>Files read so far in the current enumeration, in corpus order (whether or not they loaded).</summary>
    public int FilesRead { get; private set; }

    /// <summary>Bytes of the files read so far in the current enumeration.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The problems met so far; complete when an enumeration has finished.</summary>
    public IReadOnlyList<LoadProblem> Problems => problems;

    /// <summary>A problem met while working on a document this stream handed out (an extraction failure), in its place.</summary>
    internal void Add(LoadProblem problem) => problems.Add(problem);

    /// <summary>The documents, one at a time, in corpus order (ordinal path order).</summary>
    public IEnumerable<Document> Documents()
    {
        Restart();
        foreach (var file in Plan()) if (Take(file, Read(file)) is { } document) yield return document;
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
            foreach (var file in Plan())
                if (Take(file, Read(file)) is { } document) yield return work(document);
        }
        else
        {
            // A window of work in corpus order: the oldest is awaited and handed out, then the window
            // refills. Documents and findings of the window are all that is held.
            var window = new Queue<Task<(FileRead Read, T? Result)>>();
            using var plan = Plan().GetEnumerator();
            var more = true;
            var inFlight = threads * 4;
            while (true)
            {
                while (more && window.Count < inFlight && (more = plan.MoveNext()))
                {
                    var file = plan.Current;
                    window.Enqueue(Task.Run(() =>
                    {
                        var read = Read(file);
                        return (read, read.Document is { } d ? work(d) : default);
                    }));
                }
                if (window.Count == 0) break;
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
        var document = CorpusLoader.LoadFile(file.File, id, metadata.GetValueOrDefault(id)?.Metadata, fileProblems, file.Bytes);
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
}
