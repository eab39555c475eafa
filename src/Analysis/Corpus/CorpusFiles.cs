namespace Analysis.Corpus;

/// <summary>
/// Finds the article files of a corpus folder, reporting everything else it passes over.
/// <list type="bullet">
/// <item>Articles are *.txt and *.md files (any case), in every subfolder.</item>
/// <item>Other files (.png, .docx, …) are reported as not articles; a manifest.yaml is reported as
/// metadata that is not read. The corpus folder's own manifest.json is the metadata, not an article.</item>
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

    /// <summary>The article files under <paramref name="folder"/>, in ordinal path order.</summary>
    public static List<string> Articles(string folder, ICollection<LoadProblem> problems)
    {
        var articles = new List<(string Path, string Real, bool IsLink)>();
        var rootReal = RealPath(folder);
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((folder, rootReal));
        while (pending.TryPop(out var dir))
        {
            List<Entry> entries;
            try
            {
                entries = Entries(dir.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new LoadProblem(dir.Path, null, $"folder cannot be listed: {e.Message}", ProblemAction.Skipped));
                continue;
            }

            // Entries in name order, and subfolders walked in that order (pushed in reverse), so
            // when two links lead to one folder the first in path order is the one read.
            var subfolders = new List<(string, string)>();
            foreach (var entry in entries)
            {
                var hidden = entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
                if (entry.IsDirectory)
                {
                    var sub = new DirectoryInfo(entry.FullName);
                    if (hidden)
                        problems.Add(new LoadProblem(sub.FullName, null, "is a hidden folder; not read", ProblemAction.Skipped));
                    else if (FolderToRead(sub, dir.Real, rootReal, visited, problems) is { } real)
                        subfolders.Add((sub.FullName, real));
                    continue;
                }
                var isArticle = ArticleExtensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase);
                if (hidden)
                {
                    if (isArticle) problems.Add(new LoadProblem(entry.FullName, null, "is hidden (its name starts with '.'); not read", ProblemAction.Skipped));
                }
                else if (isArticle && entry.IsLink) articles.Add((entry.FullName, RealFile(new FileInfo(entry.FullName), dir.Real), true));
                // Not a link: its real path is its folder's real path and its name; the same string as its
                // path when the folder is reached without links, so nothing is allocated for it.
                else if (isArticle) articles.Add((entry.FullName, dir.Real == dir.Path ? entry.FullName : Path.Combine(dir.Real, entry.Name), false));
                else if (dir.Real == rootReal && entry.Name == Manifest.FileName) { }
                else if (entry.Name.StartsWith("manifest.", StringComparison.OrdinalIgnoreCase) && Path.GetExtension(entry.Name).ToLowerInvariant() is ".yaml" or ".yml")
                    problems.Add(new LoadProblem(entry.FullName, null, $"metadata in YAML is not read; write it as {Manifest.FileName}", ProblemAction.Skipped));
                else
                    problems.Add(new LoadProblem(entry.FullName, null, $"is not an article (only {string.Join(", ", ArticleExtensions)} files are read)", ProblemAction.Skipped));
            }
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
        return ReadOnce(articles, problems);
    }

    /// <summary>One entry of a folder: what the walk needs, without a FileSystemInfo per file.</summary>
    private readonly record struct Entry(string Name, string FullName, bool IsDirectory, bool IsLink, FileAttributes Attributes);

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
                return new Entry(e.FileName.ToString(), full, isDirectory, isLink, e.Attributes);
            }, options).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    // One path per real file, so no article is counted twice: the file itself rather than a link to
    // it, else the first link in path order; every other path to it is reported.
    private static List<string> ReadOnce(List<(string Path, string Real, bool IsLink)> articles, ICollection<LoadProblem> problems)
    {
        // Without links no two paths share a real file (each real folder is walked once): no grouping needed.
        if (!articles.Exists(a => a.IsLink) && articles.All(a => ReferenceEquals(a.Path, a.Real)))
        {
            var paths = articles.ConvertAll(a => a.Path);
            paths.Sort(StringComparer.Ordinal);
            return paths;
        }
        var chosen = new List<string>();
        foreach (var group in articles.GroupBy(a => a.Real, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(a => a.IsLink).ThenBy(a => a.Path, StringComparer.Ordinal).ToList();
            chosen.Add(ordered[0].Path);
            foreach (var other in ordered.Skip(1))
                problems.Add(new LoadProblem(other.Path, null, $"is the same file as {ordered[0].Path} (through a link); read once, as that file", ProblemAction.Skipped));
        }
        chosen.Sort(StringComparer.Ordinal);
        return chosen;
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
    private static string? FolderToRead(DirectoryInfo sub, string parentReal, string rootReal, HashSet<string> visited, ICollection<LoadProblem> problems)
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
                problems.Add(new LoadProblem(sub.FullName, null, $"is a link that cannot be resolved ({e.Message}); not followed", ProblemAction.Skipped));
                return null;
            }
            string? why = null;
            if (IsWithin(parentReal, real)) why = $"links to {real}, which contains the link itself (a loop)";
            else if (IsWithin(rootReal, real)) why = $"links to {real}, which contains the corpus folder (a loop)";
            else if (IsWithin(real, rootReal)) why = $"links to {real}, inside the corpus folder, which is read anyway";
            if (why is not null)
            {
                problems.Add(new LoadProblem(sub.FullName, null, $"{why}; not followed", ProblemAction.Skipped));
                return null;
            }
        }
        if (visited.Add(real)) return real;
        problems.Add(new LoadProblem(sub.FullName, null, $"leads to {real}, already read through another path; not read twice", ProblemAction.Skipped));
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
