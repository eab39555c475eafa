using System.Text;
using Deedle;
using Plotly.NET;

namespace Analysis.Notebook;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Export;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>
/// How the kit's values look in a notebook: charts drawn with a plotly.js that is delivered once per notebook
/// (<see cref="PlotlyScript"/>, shown by notebooks/setup.csx), Deedle frames as capped HTML tables, and the kit's
/// own types (<see cref="Corpus"/>, <see cref="Document"/>, <see cref="Findings"/>) as short summaries. No network:
/// nothing here loads a script from anywhere. Every piece of document text is encoded.
/// </summary>
public static class NotebookHtml
{
    /// <summary>How many rows a table shows before it says how many it left out.</summary>
    public const int DefaultMaxRows = 20;

    // A chart waits this long for plotly.js (the setup cell's output may still be rendering) before saying why
    // it cannot draw.
    private const int WaitForPlotlyMs = 20_000;

    /// <summary>
    /// A script element that defines <c>window.Plotly</c> from the plotly.js bundled in Plotly.NET, once per page:
    /// a notebook shows it in its first cell and every chart after it draws with it. Where a page has an AMD
    /// loader (require.js), plotly.js would register with it instead of defining the global, so the loader is
    /// hidden while the bundle runs.
    /// </summary>
    public static string PlotlyScript() =>
        "<script>(function(){if(window.Plotly)return;var amd=window.define;window.define=undefined;try{\n" +
        PlotlyJs.Source +
        "\n}finally{window.define=amd;}})();</script>\n" +
        $"<div class=\"analysis-plotly\" style=\"color:#666;font-size:small\">plotly.js {Html.Encode(PlotlyJs.Version)} loaded: charts in this notebook draw offline.</div>";

    /// <summary>A chart as a div and the script that draws it once plotly.js is on the page.</summary>
    public static string Chart(GenericChart chart)
    {
        var id = "analysis-chart-" + Guid.NewGuid().ToString("N");
        var figure = Html.ScriptSafeJson(ChartJson.Of(chart));
        return new StringBuilder()
            .Append($"<div class=\"analysis-chart\" id=\"{id}\"></div>\n")
            .Append("<script>(function(){var f=").Append(figure)
            .Append($";var id=\"{id}\",waited=0;function draw(){{var el=document.getElementById(id);if(!el)return;")
            .Append($"if(window.Plotly){{Plotly.newPlot(el,f.data,f.layout,{Html.ChartConfig(id)});}}")
            .Append($"else if(waited<{WaitForPlotlyMs}){{waited+=100;setTimeout(draw,100);}}")
            .Append("else{el.textContent=\"This chart needs plotly.js: run the notebook's first cell (#load \\\"setup.csx\\\").\";}}")
            .Append("draw();})();</script>\n")
            .ToString();
    }

    /// <summary>A frame as an HTML table: the row key, then every column; at most <paramref name="maxRows"/> rows.</summary>
    public static string Frame<TRow, TColumn>(Frame<TRow, TColumn> frame, int maxRows = DefaultMaxRows)
    {
        var columnKeys = frame.ColumnKeys.ToList();
        var columns = columnKeys.Select(key => frame.GetColumn<object>(key)).ToList();
        var rows = frame.RowKeys.Take(maxRows).Select(row =>
            new[] { Text(row) }.Concat(columns.Select(column =>
            {
                var cell = column.TryGet(row);
                return cell.HasValue ? Text(cell.Value) : "";
            })));
        var headers = new[] { "" }.Concat(columnKeys.Select(k => Text(k)));
        return Html.Table(headers, rows, "analysis-frame") + Caption(frame.RowCount, maxRows, $"{frame.ColumnCount} columns");
    }

    /// <summary>What the corpus's documents table says of when an article with no published date was written: its window is
    /// inferred from the dates it reports, which only the analysis reads (<c>Frames.Documents(findings)</c> shows it).</summary>
    public const string WrittenWhenAnalysed = "inferred when the analysis runs";

    /// <summary>The corpus: its folder, its documents (capped) and every problem met while loading it.</summary>
    public static string Corpus(Corpus corpus, int maxRows = DefaultMaxRows)
    {
        // The documents table's columns, before any analysis: an undated article's written window is not "unknown" yet.
        var precision = Tables.Documents.Columns.ToList().IndexOf("written_precision");
        string[] Cells(DocumentRow row)
        {
            var cells = FormattedCells(Tables.Documents, row);
            if (row.Findings.Document.Published is null) cells[precision] = WrittenWhenAnalysed;
            return cells;
        }
        var builder = new StringBuilder()
            .Append($"<p><b>{corpus.Documents.Count}</b> document(s) from <code>{Html.Encode(corpus.Folder)}</code>, ")
            .Append($"<b>{corpus.Problems.Count}</b> problem(s).</p>\n")
            .Append(Rows(Tables.Documents, [.. corpus.Documents.Select(d => DocumentRow.Of(new DocumentFindings(d, [], [], [])))], maxRows, Cells));
        if (corpus.Problems.Count > 0)
        {
            builder.Append("<p>Problems:</p><ul>");
            foreach (var problem in corpus.Problems) builder.Append("<li>").Append(Html.Encode(problem.Describe(corpus.Folder))).Append("</li>");
            builder.Append("</ul>\n");
        }
        return builder.ToString();
    }

    /// <summary>One document: title, metadata and its paragraphs, each with its number and sentence count.</summary>
    public static string Document(Document document, int maxRows = DefaultMaxRows)
    {
        var meta = new[]
        {
            document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            document.Metadata.Outlet,
        }.Where(m => m is not null);
        var builder = new StringBuilder()
            .Append($"<p><b>{Html.Encode(document.Title)}</b> <code>{Html.Encode(document.Id)}</code> ")
            .Append(Html.Encode(string.Join(", ", meta)))
            .Append($"<br>{document.Paragraphs.Count} paragraph(s), {document.Sentences.Count} sentence(s), {document.Text.Length:N0} characters</p>\n");
        var paragraphs = document.Paragraphs.Take(maxRows)
            .Select(p => new[] { p.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Sentences.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Text });
        builder.Append(Html.Table(["paragraph", "sentences", "text"], paragraphs, "analysis-document"))
               .Append(Caption(document.Paragraphs.Count, maxRows, "paragraphs"));
        return builder.ToString();
    }

    /// <summary>The findings: how many of each kind, then the troop counts with their quotes.</summary>
    public static string Findings(Findings findings, int maxRows = DefaultMaxRows) =>
        $"<p>{Html.Encode(findings.ToString())}.</p>\n" + Rows(Tables.TroopCounts, Tables.WithDocuments(findings, Analysis.Claims.ClaimSet.Of(findings).Counts), maxRows);

    /// <summary>
    /// Writes the HTML of a chart, a Deedle frame or a kit type and returns true; returns false (writing
    /// nothing) for any other value, so the notebook falls back to its own display.
    /// </summary>
    public static bool TryWrite(object? value, TextWriter writer)
    {
        var html = value switch
        {
            GenericChart chart => Chart(chart),
            Corpus corpus => Corpus(corpus),
            Document document => Document(document),
            Findings findings => Findings(findings),
            not null when IsFrame(value.GetType()) => FrameOf(value),
            _ => null,
        };
        if (html is null) return false;
        writer.Write(html);
        return true;
    }

    private static bool IsFrame(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Frame<,>);

    // A frame known only as object: call Frame<TRow, TColumn> with its own key types.
    private static string FrameOf(object frame) =>
        (string)typeof(NotebookHtml).GetMethod(nameof(Frame))!
            .MakeGenericMethod(frame.GetType().GetGenericArguments())
            .Invoke(null, [frame, DefaultMaxRows])!;

    // The first maxRows rows, each as `cells` writes it (by default every cell formatted), and a caption of how many there are.
    private static string Rows<T>(Table<T> table, IReadOnlyList<T> rows, int maxRows, Func<T, string[]>? cells = null) =>
        Html.Table(table.Columns, rows.Take(maxRows).Select(cells ?? (r => FormattedCells(table, r))), "analysis-table") +
        Caption(rows.Count, maxRows, table.Name.Replace('_', ' '));

    private static string[] FormattedCells<T>(Table<T> table, T row) => [.. table.Cells(row).Select(Cell.Format)];

    private static string Caption(int count, int maxRows, string what) =>
        count > maxRows
            ? $"<p style=\"color:#666;font-size:small\">First {maxRows} of {count} rows ({Html.Encode(what)}).</p>\n"
            : $"<p style=\"color:#666;font-size:small\">{count} row(s) ({Html.Encode(what)}).</p>\n";

    private static string Text(object? value) => value is null ? "" : Cell.Format(value);
}
