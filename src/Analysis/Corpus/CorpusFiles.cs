namespace Analysis.Corpus;

/// <summary>
/// Finds the article files of a corpus folder, reporting everything else it passes over.
/// <list type="bullet">
/// <item>Articles are *.txt and *.md files (any case), in every subfolder.</item>
/// <item>Other files (.png, .docx, …) are reported as not articles; a manifest.yaml is reported as
/// metadata that is not read. The corpus folder's own manifest.json is the metadata and its lexicon.json the vocabulary, not articles.</item>
/// <item>Hidden folders and hidden articles (name starting with '.') are reported and not read; other
/// hidden files (.DS_Store, .gitkeep) are system clutter and pass without a word: the one deliberate
/// silence, since they never hold article text.</item>
/// <item>Symbolic links to files are read like files (a dangling one is reported as unreadable), but
/// each real file once: a link to an article that is read anyway is reported, not read twice.
/// Symbolic links to folders are followed when they lead outside the corpus to a folder not read
/// yet; a link to a folder that contains the link or the corpus (a loop), back into the corpus, or
/// to a folder already read is reported and not followed. Folders are compared by their real path, so no walk repeats.</item>
/// <item>A folder that cannot be listed is reported; its siblings are still read.</item>
/// </list>
/// </summary>
internal static class CorpusFiles
{
    public static readonly string[] ArticleExtensions = [".txt", ".md"];

    /// <summary>The corpus's own vocabulary (read by Analysis.Vocabulary.Lexicon), not an article.</summary>
    public const string LexiconFileName = "lexicon.json";

    /// <summary>
    /// An article file met by the walk: its path, the real file behind it when it is a symbolic link
    /// (else null), its size, and the folder listing it belongs to (ids clash only within a folder).
    /// </summary>
    public readonly record struct Listed(string Path, string? LinkReal, long Bytes, FolderListing Folder);

    /// <summary>One listed folder, shared by its articles while the walk is inside it.</summary>
    public sealed class FolderListing(string path)
    {
        public string Path { get; } = path;
        // What the walk still has to hand out: articles, and subfolders to walk, in path order.
        internal readonly List<(Entry Entry, string? Real)> Items = [];
        internal int Next;
        /// <summary>Free for the caller: the ids of this folder's documents, to find name clashes.</summary>
        public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The article files under <paramref name="folder"/>, one at a time in ordinal path order, each
    /// folder listed only when the walk reaches it: memory follows the depth of the tree and the size
    /// of one folder, never the file count. Files, folders and the order are those of a full listing
    /// sorted by path, because a folder's entries are walked sorted with a subfolder's name read as
    /// "name/", which is how its paths compare. What is passed over is reported to
    /// <paramref name="problems"/> (null: not reported); every folder listed is put in
    /// <paramref name="listed"/> (real path → path), so that links can be checked against it.
    /// Symbolic links to files are all handed out: which of them to read is the caller's question,
    /// since the real file may come later in the walk (see <see cref="ReadAsFile"/>).
    /// </summary>
    public static IEnumerable<Listed> Walk(string folder, ICollection<LoadProblem>? problems, IDictionary<string, string>? listed = null)
    {
        var rootReal = RealPath(folder);
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var walk = new Stack<FolderListing>();
        if (List(folder, rootReal, rootReal, visited, problems, listed) is { } root) walk.Push(root);
        while (walk.TryPeek(out var current))
        {
            if (current.Next == current.Items.Count)
            {
                walk.Pop();
                continue;
            }
            var (entry, real) = current.Items[current.Next++];
            if (entry.IsDirectory)
            {
                if (List(entry.FullName, real!, rootReal, visited, problems, listed) is { } sub) walk.Push(sub);
            }
            else yield return new Listed(entry.FullName, entry.IsLink ? real : null, entry.IsLink ? SizeOf(entry.FullName) : entry.Length, current);
        }
    }

    // Lists one folder: reports what is passed over, claims its subfolders (in name order, so when two
    // links lead to one folder the first is the one read), and sorts what is left into path order.
    private static FolderListing? List(string path, string real, string rootReal, HashSet<string> visited, ICollection<LoadProblem>? problems, IDictionary<string, string>? listed)
    {
        List<Entry> entries;
        try
        {
            entries = Entries(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems?.Add(new LoadProblem(path, null, $"folder cannot be listed: {e.Message}", ProblemAction.Skipped));
            return null;
        }
        listed?.TryAdd(real, path);
        var listing = new FolderListing(path);
        foreach (var entry in entries)
        {
            var hidden = entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
            if (entry.IsDirectory)
            {
                var sub = new DirectoryInfo(entry.FullName);
                if (hidden)
                    problems?.Add(new LoadProblem(sub.FullName, null, "is a hidden folder; not read", ProblemAction.Skipped));
                else if (FolderToRead(sub, real, rootReal, visited, problems) is { } subReal)
                    listing.Items.Add((entry, subReal));
                continue;
            }
            var isArticle = IsArticle(entry.Name);
            if (hidden)
            {
                if (isArticle) problems?.Add(new LoadProblem(entry.FullName, null, "is hidden (its name starts with '.'); not read", ProblemAction.Skipped));
            }
            else if (isArticle) listing.Items.Add((entry, entry.IsLink ? RealFile(new FileInfo(entry.FullName), real) : null));
            else if (real == rootReal && entry.Name is Manifest.FileName or LexiconFileName) { }
            else if (entry.Name.StartsWith("manifest.", StringComparison.OrdinalIgnoreCase) && Path.GetExtension(entry.Name).ToLowerInvariant() is ".yaml" or ".yml")
                problems?.Add(new LoadProblem(entry.FullName, null, $"metadata in YAML is not read; write it as {Manifest.FileName}", ProblemAction.Skipped));
            else
                problems?.Add(new LoadProblem(entry.FullName, null, $"is not an article (only {string.Join(", ", ArticleExtensions)} files are read)" + ImportHint(entry.FullName), ProblemAction.Skipped));
        }
        listing.Items.Sort((a, b) => ComparePathOrder(a.Entry, b.Entry));
        return listing;
    }

    // A page saved from the browser or a feed dropped among the articles is what `analysis import` reads (its page and
    // feed extensions, Import/ImportSources): say so, with the command, rather than only that it was skipped.
    private static readonly string[] ImportableExtensions = [".html", ".htm", ".xhtml", ".xml", ".rss", ".atom"];

    private static string ImportHint(string path) =>
        ImportableExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
            ? $"; a saved web page or feed becomes an article with: analysis import {ShellWord(path)} --into {ShellWord(Path.GetDirectoryName(path) ?? ".")}"
            : "";

    // A browser saves a page under its title ("Troops cross | Reuters.html"): quoted, the command can be pasted as it is.
    private static string ShellWord(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '+' or ':' or ',' or '@' or '%')
            ? path
            : "'" + path.Replace("'", "'\\''") + "'";

    // Two entries of one folder in the order of their paths: a folder's paths go on with '/'.
    private static int ComparePathOrder(Entry a, Entry b)
    {
        var common = Math.Min(a.Name.Length, b.Name.Length);
        var order = string.CompareOrdinal(a.Name, 0, b.Name, 0, common);
        if (order != 0) return order;
        var nextA = a.Name.Length > common ? a.Name[common] : a.IsDirectory ? '/' : '\0';
        var nextB = b.Name.Length > common ? b.Name[common] : b.IsDirectory ? '/' : '\0';
        return nextA.CompareTo(nextB);
    }

    private static bool IsArticle(string name) =>
        ArticleExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The path under which the walk reads <paramref name="real"/> as a file of its own (not through
    /// a link), or null when it does not: the file must be an article that is not hidden, in a folder
    /// the walk listed (<paramref name="listed"/>, from <see cref="Walk"/>).
    /// </summary>
    public static string? ReadAsFile(string real, IReadOnlyDictionary<string, string> listed)
    {
        var name = Path.GetFileName(real);
        if (Path.GetDirectoryName(real) is not { } folderReal || !listed.TryGetValue(folderReal, out var folder)) return null;
        if (name.StartsWith('.') || !IsArticle(name)) return null;
        var file = new FileInfo(real);
        return file.Exists && file.LinkTarget is null ? Path.Join(folder, name) : null;
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

    /// <summary>One entry of a folder: what the walk needs, without a FileSystemInfo per file.</summary>
    // A class, not a struct: the framework's lists, sorts and file enumerators over a struct of the kit are compiled
    // at run time even in the ReadyToRun program (some 50 methods of every run); over a class they share precompiled code.
    internal sealed record Entry(string Name, string FullName, bool IsDirectory, bool IsLink, FileAttributes Attributes, long Length);

    // The entries of one folder in ordinal name order. Nothing is skipped unseen: hidden entries and links
    // are decided by the caller. A link's IsDirectory is its target's, as DirectoryInfo would say.
    private static List<Entry> Entries(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var entries = new System.IO.Enumeration.FileSystemEnumerable<Entry>(folder,
            (ref System.IO.Enumeration.FileSystemEntry e) =>
            {
                var isLink = e.Attributes.HasFlag(FileAttributes.ReparsePoint);
                var full = e.ToFullPath();
                // For a link, FileSystemEntry describes the link itself; whether it leads to a folder is the target's question.
                var isDirectory = isLink ? Directory.Exists(full) : e.IsDirectory;
                return new Entry(e.FileName.ToString(), full, isDirectory, isLink, e.Attributes, isDirectory || isLink ? 0 : e.Length);
            }, options).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    // The real path of a file: a link is resolved; one that cannot be (dangling, looping) keeps its
    // own path, and reading it later reports why.
    private static string RealFile(FileSystemInfo file, string folderReal)
    {
        if (file.LinkTarget is null) return Path.Combine(folderReal, file.Name);
        try
        {
            return RealPath(file.FullName);
        }
        catch (IOException)
        {
            return file.FullName;
        }
    }

    // The real path of a subfolder to walk, or null (with the reason reported) when it must not be.
    private static string? FolderToRead(DirectoryInfo sub, string parentReal, string rootReal, HashSet<string> visited, ICollection<LoadProblem>? problems)
    {
        string real;
        if (sub.LinkTarget is null) real = Path.Combine(parentReal, sub.Name);
        else
        {
            try
            {
                real = RealPath(sub.FullName);
            }
            catch (IOException e)
            {
                problems?.Add(new LoadProblem(sub.FullName, null, $"is a link that cannot be resolved ({e.Message}); not followed", ProblemAction.Skipped));
                return null;
            }
            string? why = null;
            if (IsWithin(parentReal, real)) why = $"links to {real}, which contains the link itself (a loop)";
            else if (IsWithin(rootReal, real)) why = $"links to {real}, which contains the corpus folder (a loop)";
            else if (IsWithin(real, rootReal)) why = $"links to {real}, inside the corpus folder, which is read anyway";
            if (why is not null)
            {
                problems?.Add(new LoadProblem(sub.FullName, null, $"{why}; not followed", ProblemAction.Skipped));
                return null;
            }
        }
        if (visited.Add(real)) return real;
        problems?.Add(new LoadProblem(sub.FullName, null, $"leads to {real}, already read through another path; not read twice", ProblemAction.Skipped));
        return null;
    }

    // Whether path is folder or lies inside it (both real, full paths).
    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved (like realpath(3)).</summary>
    internal static string RealPath(string path, int depth = 0)
    {
        // Each resolution strictly shortens the remaining links unless they loop; 40 is Linux's own limit.
        if (depth > 40) throw new IOException("too many levels of symbolic links");
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "";
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            var target = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
            real = target is null ? next : RealPath(target.FullName, depth + 1);
        }
        return real;
    }
}
