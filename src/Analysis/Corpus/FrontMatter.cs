using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analysis.Corpus;

/// <summary>
/// The YAML front matter of a Markdown article (a block between two "---" lines at its top), as web clippers and
/// static-site tools save it: its title, date, outlet, address and author become the document's metadata, under
/// the manifest's (a field the manifest gives wins). The block itself is no prose: <see cref="MarkdownText"/> masks it.
/// </summary>
public static class FrontMatter
{
    // The manifest's keys, and the names clippers and site tools give the same fields.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title",
        ["published"] = "published", ["date"] = "published",
        ["outlet"] = "outlet", ["site"] = "outlet", ["site_name"] = "outlet", ["publisher"] = "outlet",
        ["url"] = "url", ["link"] = "url", ["source"] = "source",
        ["author"] = "author", ["authors"] = "author",
    };

    /// <summary>
    /// Reads front matter, the lines between its "---" lines (as <see cref="MarkdownText.ToPlain(string, out string?)"/> finds
    /// them): its metadata, or null when it holds none, with what could not be read added to <paramref name="problems"/>
    /// (named by <paramref name="file"/> and line).
    /// </summary>
    public static DocumentMetadata? Read(string yaml, string file, List<LoadProblem> problems)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                problems.Add(new LoadProblem(file, 2, $"{NotUsed}: it is not a list of 'key: value' lines", ProblemAction.LoadedWithFallback));
                return null;
            }
            root = mapping;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The block starts on the file's second line. The line named is the field's whose value the parser was reading
            // ("title: [unclosed" is wrong on its own line, though the parser only finds out at the block's end). YamlDotNet
            // throws InvalidOperationException, with no position nor reason, on an unclosed list with a field below it: the
            // field is then the first that does not parse on its own.
            var position = e is YamlException y ? (int)y.Start.Line : (int?)null;
            var (field, line) = (position is { } p ? FieldAt(yaml, p) : FirstBadField(yaml)) is { } at ? ($"its '{at.Key}' field", at.Line) : ("it", position ?? 1);
            problems.Add(new LoadProblem(file, line + 1, $"{NotUsed}: {field} is not valid YAML{(e is YamlException ? $" ({e.Message})" : "")}",
                ProblemAction.LoadedWithFallback));
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || !Fields.TryGetValue(key, out var field) || values.ContainsKey(field)) continue;
            if (Text(valueNode) is { Length: > 0 } value) values[field] = value;
        }
        // "source" is the page's address where it is one (as clippers write it), else the outlet.
        if (values.Remove("source", out var source))
            values.TryAdd(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? "url" : "outlet", source);

        DateOnly? published = null;
        if (values.TryGetValue("published", out var date))
        {
            if (PublishedDate.TryParse(date, out var day)) published = day;
            else problems.Add(new LoadProblem(file, LineOf(root, "published", "date"), $"front matter date '{date}' {PublishedDate.Unread(date)}; left empty", ProblemAction.LoadedWithFallback));
        }
        return new DocumentMetadata(values.GetValueOrDefault("title"), published, values.GetValueOrDefault("outlet"), values.GetValueOrDefault("url"),
            values.GetValueOrDefault("author"));
    }

    /// <summary>
    /// The article's text with the front matter's title as its headline, for a Markdown file that keeps its title only there
    /// (a web clipper's: the first line after the block is the body's first paragraph). The title's characters on its
    /// <c>title:</c> line are unmasked in <paramref name="plain"/> (what <see cref="MarkdownText"/> made of
    /// <paramref name="markdown"/>), the rest of the block staying spaces, so the title is the text's first line and reads as a
    /// headline at its place in the file, as a .txt file's first line does. Null when the line does not hold the title as it
    /// reads (a folded or escaped value).
    /// </summary>
    public static string? WithTitleLine(string markdown, string plain, string title)
    {
        // The block: from the file's "---" line to the next "---" (or "...") line.
        var start = markdown.IndexOf('\n') + 1;
        while (start > 0 && start < markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(start, end - start).TrimEnd('\r');
            if (line.TrimEnd() is "---" or "...") return null;
            if (Key(line.ToString()) is { } key && key.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                var (from, to) = (start + line.IndexOf(':') + 1, start + line.Length);
                while (from < to && char.IsWhiteSpace(markdown[from])) from++;
                while (to > from && char.IsWhiteSpace(markdown[to - 1])) to--;
                if (to - from >= 2 && markdown[from] is '"' or '\'' && markdown[to - 1] == markdown[from]) (from, to) = (from + 1, to - 1);
                if (!markdown.AsSpan(from, to - from).Trim().SequenceEqual(title)) return null;
                return string.Concat(plain.AsSpan(0, from), markdown.AsSpan(from, to - from), plain.AsSpan(to));
            }
            start = end + 1;
        }
        return null;
    }

    // What is done with front matter that cannot be read, said before what is wrong with it.
    private const string NotUsed = "front matter not used, the article is loaded without it";

    // The top-level field whose value the parser was reading at line `line` (1-based) of the block: the last "key:" line at
    // or above it, with its line; null when there is none.
    private static (string Key, int Line)? FieldAt(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
            if (Key(lines[i]) is { } key) return (key, i + 1);
        return null;
    }

    // The first top-level field that is not valid YAML on its own (its "key:" line and the indented lines under it), with its
    // line; null when each parses alone.
    private static (string Key, int Line)? FirstBadField(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Key(lines[i]) is not { } key) continue;
            var end = i + 1;
            while (end < lines.Length && (lines[end].Length == 0 || char.IsWhiteSpace(lines[end][0]) || lines[end][0] == '-')) end++;
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines[i..end])));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException)
            {
                return (key, i + 1);
            }
        }
        return null;
    }

    // The key of a top-level "key: value" line, null for any other line.
    private static string? Key(string line) =>
        line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('#' or '-') && line.IndexOf(':') is var colon and > 0
            ? line[..colon].Trim().Trim('"', '\'') : null;

    /// <summary>The manifest's metadata, with each field it leaves empty taken from the front matter.</summary>
    public static DocumentMetadata Under(DocumentMetadata? manifest, DocumentMetadata front) => manifest is null ? front : new(
        manifest.Title ?? front.Title, manifest.Published ?? front.Published, manifest.Outlet ?? front.Outlet,
        manifest.Url ?? front.Url, manifest.Author ?? front.Author);

    // A scalar's text; a list's items joined ("author: [A, B]"); wiki-link brackets ("[[Name]]") dropped.
    private static string? Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value?.Replace("[[", "").Replace("]]", "").Trim(),
        YamlSequenceNode list => string.Join(", ", list.Children.Select(Text).Where(t => !string.IsNullOrEmpty(t))),
        _ => null,
    };

    private static int? LineOf(YamlMappingNode root, params string[] keys) =>
        root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => keys.Contains(k.Value, StringComparer.OrdinalIgnoreCase)) is { } key
            ? (int)key.Start.Line + 1 : null;
}
