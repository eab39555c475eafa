using System.Globalization;
using System.Text;
using Plotly.NET;

namespace Analysis.Report;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The whole analysis of a corpus as one HTML page: summary, charts, the facts with their quotes,
/// the documents, and the problems met while loading. plotly.js is embedded once, so the file opens
/// with no network; every piece of document text is encoded.
/// </summary>
public static class Report
{
    /// <summary>The charts of the report, in page order, with the id of the div that holds each.</summary>
    public static IReadOnlyList<(string Id, GenericChart Chart)> ChartsOf(Findings findings)
    {
        // Whole-army figures are a panel of the estimates chart, on their own scale. The chart over time
        // is drawn only when some figure has a date: an empty time axis would tell the reader nothing.
        var charts = new List<(string, GenericChart)>
        {
            ("troop-estimates", Charts.TroopEstimates(findings)),
            ("source-frequencies", Charts.SourceFrequencies(findings)),
            ("timeline", Charts.Timeline(findings)),
        };
        if (EstimateDates.Of(findings).Any(d => d.Count.Kind == TroopKind.Deployment))
            charts.Insert(1, ("estimates-over-time", Charts.TroopEstimatesOverTime(findings)));
        return charts;
    }

    /// <summary>
    /// The page. <paramref name="corpusName"/> is the corpus folder as the reader should see it, e.g. as given on the
    /// command line (default: relative to the current folder), so a shared report does not show the machine's paths.
    /// </summary>
    public static string Render(Findings findings, string? corpusName = null)
    {
        var corpus = findings.Corpus;
        corpusName ??= Path.GetRelativePath(Directory.GetCurrentDirectory(), corpus.Folder);
        var titles = corpus.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>Analysis of {Html.Encode(Path.GetFileName(corpus.Folder))}</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n")
            .Append($"<!-- plotly.js {PlotlyJs.Version}, embedded so that the page needs no network -->\n<script>")
            .Append(PlotlyJs.Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase))
            .Append("</script>\n</head>\n<body>\n<main>\n");

        page.Append($"<h1>Analysis of {Html.Encode(Path.GetFileName(corpus.Folder))}</h1>\n")
            .Append($"<p class=\"lede\">{corpus.Documents.Count} document(s), {findings.TroopCounts.Count} troop-count figure(s), ")
            .Append($"{findings.Sources.Count} cited source(s), {findings.Events.Count} event(s), {corpus.Problems.Count} input problem(s). ")
            .Append($"Generated {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC from <code>{Html.Encode(corpusName)}</code>.</p>\n");

        page.Append("<h2>Charts</h2>\n<p>Hover over a mark to read the sentence it came from.</p>\n");
        foreach (var (id, chart) in ChartsOf(findings)) page.Append(Html.ChartDiv(chart, id));

        AppendTroopCounts(page, findings, titles);
        AppendSources(page, findings);
        AppendEvents(page, findings, titles);
        AppendDocuments(page, findings);
        AppendProblems(page, corpus);
        page.Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the report, creating the folder; returns the full path written. See <see cref="Render"/>.</summary>
    public static string Write(Findings findings, string path, string? corpusName = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(findings, corpusName), new UTF8Encoding(false));
        return full;
    }

    private static void AppendTroopCounts(StringBuilder page, Findings findings, Dictionary<string, string> titles)
    {
        page.Append("<h2 id=\"troop-counts\">Troop-count figures</h2>\n");
        if (findings.TroopCounts.Count == 0) { page.Append("<p>No troop-count figures found.</p>\n"); return; }
        page.Append(Html.Table(
            ["Figure", "Value", "Low", "High", "Hedge", "Kind", "Status", "Whose", "Attributed to", "Via", "Quote", "Where"],
            findings.TroopCounts.Select(c => new[]
            {
                c.Phrase, Number(c.Value), Number(c.Low), Number(c.High), Words.Of(c.Hedge), Words.Of(c.Kind), Words.Of(c.Status),
                c.Subject, c.AttributedTo, string.Join("; ", c.Via), c.Provenance.Quote, Where(c.Provenance, titles),
            }), "facts"));
    }

    private static void AppendSources(StringBuilder page, Findings findings)
    {
        page.Append("<h2 id=\"sources\">Cited sources</h2>\n");
        if (findings.Sources.Count == 0) { page.Append("<p>No cited sources found.</p>\n"); return; }
        page.Append(Html.Table(
            ["Source", "Kind", "Country", "Documents", "Mentions", "Attributed facts"],
            findings.Sources.OrderByDescending(s => s.Mentions).Select(s => new[]
            {
                s.Source, Words.Of(s.Kind), s.Country, Number(s.Documents), Number(s.Mentions), Number(s.AttributedFacts),
            })));
    }

    private static void AppendEvents(StringBuilder page, Findings findings, Dictionary<string, string> titles)
    {
        page.Append("<h2 id=\"events\">Timeline</h2>\n");
        if (findings.Events.Count == 0) { page.Append("<p>No events found.</p>\n"); return; }
        page.Append(Html.Table(
            ["#", "When", "Kind", "Actors", "Summary", "Quote", "Where"],
            findings.Events.OrderBy(e => e.Order).Select(e => new[]
            {
                Number(e.Order), Words.Of(e.Date), e.Kind, string.Join(", ", e.Actors), e.Summary, e.Provenance.Quote, Where(e.Provenance, titles),
            }), "facts"));
    }

    private static void AppendDocuments(StringBuilder page, Findings findings)
    {
        var events = findings.Events.ToLookup(e => e.Provenance.Document, StringComparer.Ordinal);
        page.Append("<h2 id=\"documents\">Documents</h2>\n");
        page.Append(Html.Table(
            ["Document", "Title", "Published", "Written", "Outlet", "Paragraphs", "Sentences", "Related sources"],
            findings.Corpus.Documents.Select(d => new[]
            {
                d.Id, d.Title, d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Words.Of(DocumentDate.Of(d, events[d.Id])), d.Metadata.Outlet,
                Number(d.Paragraphs.Count), Number(d.Sentences.Count), Number(d.RelatedSources.Count),
            })));
    }

    private static void AppendProblems(StringBuilder page, Corpus corpus)
    {
        page.Append("<h2 id=\"problems\">Problems</h2>\n");
        if (corpus.Problems.Count == 0) { page.Append("<p>No problems: every file in the folder loaded cleanly.</p>\n"); return; }
        page.Append(Html.Table(
            ["File", "Line", "Problem", "What was done"],
            corpus.Problems.Select(p => new[]
            {
                Path.GetRelativePath(corpus.Folder, p.File), p.Line?.ToString(CultureInfo.InvariantCulture), p.Message,
                p.Action == ProblemAction.Skipped ? "skipped" : "loaded with a fallback",
            }), "problems"));
    }

    // The document by its title (a reader knows articles by their headlines), then where in it.
    private static string Where(Provenance p, Dictionary<string, string> titles) =>
        $"{(titles.TryGetValue(p.Document, out var title) ? title : p.Document)}, sentence {p.Sentence} [{p.Span.Start}–{p.Span.End})";

    private static string Number(double? value) => value?.ToString("#,0.###", CultureInfo.InvariantCulture) ?? "";

    private const string Style = """
        body { font-family: Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #1f2937; margin: 0; background: #f9fafb; }
        main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 64px; background: white; }
        h1 { font-size: 28px; margin-bottom: 4px; } h2 { margin-top: 40px; border-bottom: 1px solid #e5e7eb; padding-bottom: 6px; }
        .lede { color: #4b5563; } code { font-size: 12px; }
        .chart { width: 100%; margin: 16px 0 32px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { border-bottom: 1px solid #e5e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; position: sticky; top: 0; }
        table.facts td:nth-child(11), table.facts td:nth-child(6) { max-width: 420px; }
        table.problems td:nth-child(3) { color: #b91c1c; }
        """;
}
