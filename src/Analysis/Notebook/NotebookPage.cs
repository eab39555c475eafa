using System.Collections;
using System.Reflection;
using System.Text;
using Markdig;

namespace Analysis.Notebook;

using Analysis.Export;
using Analysis.Report;

/// <summary>
/// A notebook's outputs as one offline HTML page, for the file-based apps that <c>analysis notebooks --to app</c>
/// makes: prose and values are added in the notebook's order, and <see cref="Write"/> saves them with plotly.js
/// inline, so the analysis runs and reads without the notebook platform.
/// </summary>
public sealed class NotebookPage(string title)
{
    // Raw HTML in prose is shown as text: the page's only markup is what the kit writes.
    private static readonly MarkdownPipeline Prose = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private readonly List<string> parts = [];

    public string Title { get; } = title;

    private StringWriter? console;

    /// <summary>
    /// From now on, what the program writes to the console also goes on the page, in order with the prose and
    /// values (as a notebook shows a cell's output under it). The console still shows it.
    /// </summary>
    public void CaptureConsole()
    {
        if (console is not null) return;
        console = new StringWriter();
        Console.SetOut(new TeeWriter(Console.Out, console));
    }

    /// <summary>A markdown cell's text.</summary>
    public void Markdown(string markdown)
    {
        FlushConsole();
        parts.Add(Markdig.Markdown.ToHtml(markdown, Prose));
    }

    /// <summary>
    /// A value a notebook would display: a chart, frame or kit type as in the notebook; a collection as a table of
    /// its items' properties; anything else as its text.
    /// </summary>
    public void Show(object? value)
    {
        FlushConsole();
        using var writer = new StringWriter();
        if (NotebookHtml.TryWrite(value, writer)) parts.Add(writer.ToString());
        else if (value is IEnumerable items and not string) parts.Add(Items(items));
        else parts.Add($"<pre>{Html.Encode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))}</pre>\n");
    }

    /// <summary>Writes the page to <paramref name="path"/> (folders are created) and returns its full path.</summary>
    public string Write(string path)
    {
        FlushConsole();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append($"<title>{Html.Encode(Title)}</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2937}")
            .Append("table{border-collapse:collapse;font-size:13px;margin:.5em 0}td,th{border:1px solid #e5e7eb;padding:3px 6px;text-align:left;vertical-align:top}")
            .Append("code,pre{background:#f3f4f6}pre{padding:.5em;overflow:auto}</style>\n")
            .Append(NotebookHtml.PlotlyScript())
            .Append("</head><body>\n");
        foreach (var part in parts) html.Append(part);
        html.Append("</body></html>\n");
        File.WriteAllText(full, html.ToString());
        return full;
    }

    private void FlushConsole()
    {
        if (console is null || console.GetStringBuilder().Length == 0) return;
        parts.Add($"<pre>{Html.Encode(console.ToString())}</pre>\n");
        console.GetStringBuilder().Clear();
    }

    /// <summary>Writes to two writers: the real console and the page's buffer.</summary>
    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Flush() => first.Flush();
    }

    // Items with public properties (records, anonymous types) become rows; plain items one column.
    private static string Items(IEnumerable items)
    {
        var list = items.Cast<object?>().Take(NotebookHtml.DefaultMaxRows + 1).ToList();
        var shown = list.Take(NotebookHtml.DefaultMaxRows).ToList();
        var type = shown.FirstOrDefault(i => i is not null)?.GetType();
        var properties = type is null || type.IsPrimitive || type == typeof(string)
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var table = properties.Length == 0
            ? Html.Table(["value"], shown.Select(i => new[] { Cell.Format(i) }))
            : Html.Table(properties.Select(p => p.Name), shown.Select(i => properties.Select(p => i is null ? "" : Cell.Format(p.GetValue(i)))));
        var more = list.Count > NotebookHtml.DefaultMaxRows ? $"<p style=\"color:#666;font-size:small\">First {NotebookHtml.DefaultMaxRows} items.</p>\n" : "";
        return table + more;
    }
}
