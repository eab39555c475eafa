namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// What an import reads, from what the user named: web addresses (http, https), saved pages
/// (.html, .htm, .xhtml), feeds (.xml, .rss, .atom), and folders of them, read recursively. In a
/// folder, hidden entries and the "NAME_files" folders browsers save a page's images and scripts
/// into are passed over; any other file is reported. A --urls file holds one address a line; blank
/// lines and lines starting with '#' are skipped.
/// </summary>
internal static class ImportSources
{
    public static readonly string[] PageExtensions = [".html", ".htm", ".xhtml"];
    public static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];

    /// <summary>A source: a file (page or feed, decided by <see cref="IsFeed"/>) or an address.</summary>
    public sealed record Source(string Name, string? File, Uri? Address);

    public static List<Source> Expand(IEnumerable<string> names, string? urlsFile, ICollection<LoadProblem> problems)
    {
        var sources = new List<Source>();
        foreach (var name in names)
        {
            if (IsAddress(name, out var address)) sources.Add(new Source(address!.AbsoluteUri, null, address));
            else if (Directory.Exists(name)) sources.AddRange(Folder(Path.GetFullPath(name), problems));
            else if (File.Exists(name)) sources.Add(FileSource(Path.GetFullPath(name), problems));
            else problems.Add(new LoadProblem(name, null, "does not exist (neither a file, a folder nor an http(s) address)", ProblemAction.Skipped));
        }
        if (urlsFile is not null) sources.AddRange(Addresses(urlsFile, problems));
        return sources.Where(s => s.File is not null || s.Address is not null).DistinctBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public static bool IsFeed(string file, string text) =>
        FeedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
        || (!PageExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && NewsFeed.LooksLikeFeed(text) && !text.Contains("<html", StringComparison.OrdinalIgnoreCase));

    private static bool IsAddress(string text, out Uri? address) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out address) && address.Scheme is "http" or "https";

    private static Source FileSource(string file, ICollection<LoadProblem> problems)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (PageExtensions.Contains(extension) || FeedExtensions.Contains(extension)) return new Source(file, file, null);
        problems.Add(new LoadProblem(file, null, extension is ".mht" or ".mhtml"
            ? "is a web archive (.mhtml), which is not read; save the page as \"Webpage, HTML only\" or \"Webpage, Complete\""
            : $"is not a saved page or feed (only {string.Join(", ", PageExtensions.Concat(FeedExtensions))} files are imported)", ProblemAction.Skipped));
        return new Source(file, null, null);
    }

    private static IEnumerable<Source> Folder(string folder, ICollection<LoadProblem> problems)
    {
        var found = new List<Source>();
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var dir))
        {
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new LoadProblem(dir, null, $"folder cannot be listed: {e.Message}", ProblemAction.Skipped));
                continue;
            }
            foreach (var entry in entries.Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                if (Directory.Exists(entry))
                {
                    if (!name.EndsWith("_files", StringComparison.Ordinal)) pending.Push(entry);
                    continue;
                }
                found.Add(FileSource(entry, problems));
            }
        }
        return found.OrderBy(s => s.Name, StringComparer.Ordinal);
    }

    private static IEnumerable<Source> Addresses(string urlsFile, ICollection<LoadProblem> problems)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(urlsFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(urlsFile, null, $"cannot be read: {e.Message}", ProblemAction.Skipped));
            yield break;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (IsAddress(line, out var address)) yield return new Source(address!.AbsoluteUri, null, address);
            else problems.Add(new LoadProblem(urlsFile, i + 1, $"'{line}' is not an http(s) address", ProblemAction.Skipped));
        }
    }
}
