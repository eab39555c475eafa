using System.Globalization;
using System.Text;
using Analysis.Claims;
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
        // Whole-army figures are a panel of the estimates chart, on their own scale. Over time, the report shows
        // claims (the Claims section) when articles have published dates: one mark per claim, not per mention.
        // Without them, figures dated by their events are still drawn, mention by mention.
        var charts = new List<(string, GenericChart)>
        {
            ("troop-estimates", Charts.TroopEstimates(findings)),
            ("source-frequencies", Charts.SourceFrequencies(findings)),
            ("timeline", Charts.Timeline(findings)),
        };
        var claims = ClaimSet.Of(findings);
        var datedClaims = claims.Claims.Any(c => c.Kind == TroopKind.Deployment && c.Status == EstimateStatus.Current && c.FirstPublished is not null);
        // Figures with dates of their own (as of their clause or statement) are drawn over time too, by kind.
        if ((!datedClaims || findings.TroopCounts.Any(c => c.AsOf.Expression != "published" && c.AsOf.IsKnown))
            && EstimateDates.Of(findings).Any(d => d.Count.Kind is TroopKind.Deployment or TroopKind.Casualties))
            charts.Insert(1, ("estimates-over-time", Charts.TroopEstimatesOverTime(findings)));
        // The Claims section's charts, last because that section follows the charts on the page.
        if (datedClaims) charts.Add((ClaimsChartId, Charts.ClaimsOverTime(findings)));
        if (claims.Citations.Count > 0) charts.Add((CitationChartId, Charts.CitationNetwork(findings)));
        return charts;
    }

    private const string ClaimsChartId = "claims-over-time";
    private const string CitationChartId = "citation-network";

    /// <summary>
    /// The page. <paramref name="corpusName"/> is the corpus folder as the reader should see it, e.g. as given on the
    /// command line (default: relative to the current folder), so a shared report does not show the machine's paths.
    /// </summary>
    public static string Render(Findings findings, string? corpusName = null)
    {
        var (head, body) = Page(findings, corpusName);
        return string.Concat(head, PlotlyJs.ScriptSafeSource(), body);
    }

    // The page around the plotly.js bundle: what comes before it (ending in "<script>") and after it (from "</script>").
    private static (string Head, string Body) Page(Findings findings, string? corpusName)
    {
        var corpus = findings.Corpus;
        corpusName ??= Path.GetRelativePath(Directory.GetCurrentDirectory(), corpus.Folder);
        // A document by its headline, after its outlet and day where the manifest gives them: on a story from several
        // outlets, the tables of figures and events say which outlet carried each one, and when.
        var titles = corpus.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => HoverText.WithOutlet(d, d.Title), StringComparer.Ordinal);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>Analysis of {Html.Encode(Path.GetFileName(corpus.Folder))}</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n")
            .Append($"<!-- plotly.js {PlotlyJs.Version}, embedded so that the page needs no network -->\n<script>");
        var head = page.ToString();
        page.Clear().Append("</script>\n</head>\n<body>\n<main>\n");

        page.Append($"<h1>Analysis of {Html.Encode(Path.GetFileName(corpus.Folder))}</h1>\n")
            .Append($"<p class=\"lede\">{corpus.Documents.Count} document(s), {findings.TroopCounts.Count} troop-count figure(s), ")
            .Append($"{findings.Sources.Count} cited source(s), {findings.Events.Count} event(s), {corpus.Problems.Count} input problem(s). ")
            .Append($"Generated {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC from <code>{Html.Encode(corpusName)}</code>.</p>\n");

        page.Append("<h2>Charts</h2>\n<p>Hover over a mark to read the sentence it came from.</p>\n");
        var charts = ChartsOf(findings);
        foreach (var (id, chart) in charts.Where(c => c.Id is not (ClaimsChartId or CitationChartId))) page.Append(Html.ChartDiv(chart, id));

        AppendClaims(page, findings, charts.Where(c => c.Id is ClaimsChartId or CitationChartId).ToList());
        AppendTroopCounts(page, findings, titles);
        AppendSources(page, findings);
        AppendEvents(page, findings, titles);
        AppendDocuments(page, findings);
        AppendProblems(page, corpus);
        page.Append("</main>\n</body>\n</html>\n");
        return (head, page.ToString());
    }

    /// <summary>Writes the report, creating the folder; returns the full path written. See <see cref="Render"/>.</summary>
    public static string Write(Findings findings, string path, string? corpusName = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // The same bytes as Render's page in UTF-8, written in three parts: the 3.6 MB bundle goes from the
        // resource's bytes to the file, not through a string, a builder and an encoder.
        var (head, body) = Page(findings, corpusName);
        var utf8 = new UTF8Encoding(false);
        using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read);
        file.Write(utf8.GetBytes(head));
        PlotlyJs.WriteScriptSafe(file);
        file.Write(utf8.GetBytes(body));
        return full;
    }

    private static void AppendTroopCounts(StringBuilder page, Findings findings, Dictionary<string, string> titles)
    {
        page.Append("<h2 id=\"troop-counts\">Troop-count figures</h2>\n");
        if (findings.TroopCounts.Count == 0) { page.Append("<p>No troop-count figures found.</p>\n"); return; }
        page.Append(Html.Table(
            ["Figure", "Value", "Low", "High", "Hedge", "Kind", "Status", "Whose", "Attributed to", "Via", "Quote", "Where", "Claim"],
            ClaimSet.Of(findings).Counts.Select(x => (Count: x.Count, Claim: x.Claim.Id)).Select(x => new[]
            {
                x.Count.Phrase, Number(x.Count.Value), Number(x.Count.Low), Number(x.Count.High), Words.Plain(x.Count.Hedge), Words.Plain(x.Count.Kind), Words.Plain(x.Count.Status),
                x.Count.Subject, x.Count.AttributedTo, string.Join("; ", x.Count.Via), x.Count.Provenance.Quote, Where(x.Count.Provenance, titles), x.Claim,
            }), "facts"));
    }

    private static void AppendClaims(StringBuilder page, Findings findings, IReadOnlyList<(string Id, GenericChart Chart)> charts)
    {
        var set = ClaimSet.Of(findings);
        page.Append("<h2 id=\"claims\">Claims</h2>\n");
        if (set.Claims.Count == 0) { page.Append("<p>No claims: no troop-count figure was found.</p>\n"); return; }
        page.Append($"<p>{set.Counts.Count} troop-count mention(s) make {set.Claims.Count} claim(s): the same figure about the same force from the same ")
            .Append("origin, however many headlines, bodies and outlets repeat it. ")
            .Append($"{set.Revisions.Count} revision(s) (an origin changing its own figure), {set.Contradictions.Count} contradiction(s) ")
            .Append("(different origins, figures that cannot both hold, while both stood).</p>\n");
        foreach (var (id, chart) in charts) page.Append(Html.ChartDiv(chart, id));
        page.Append(Html.Table(
            ["Claim", "Figure", "Kind", "Status", "Whose", "Origin", "First reported", "Last reported", "Mentions", "Documents", "Relays"],
            set.Claims.Select(c => new[]
            {
                c.Id, c.Figure, Words.Plain(c.Kind), Words.Plain(c.Status), c.Subject, c.Origin ?? "unattributed", Dates.Of(c.FirstPublished), Dates.Of(c.LastPublished),
                Number(c.Mentions.Count), Number(c.Documents), string.Join("; ", c.Relays),
            }), "claims"));
        if (set.Revisions.Count > 0)
        {
            page.Append("<h3 id=\"revisions\">Revisions</h3>\n");
            page.Append(Html.Table(["Origin", "Whose", "Kind", "From", "From: first reported", "To", "To: first reported"],
                set.Revisions.Select(r => new[]
                {
                    r.Origin, r.To.Subject, Words.Plain(r.To.Kind), $"{r.From.Figure} ({r.From.Id})", Dates.Of(r.From.FirstPublished), $"{r.To.Figure} ({r.To.Id})", Dates.Of(r.To.FirstPublished),
                })));
        }
        if (set.Contradictions.Count > 0)
        {
            page.Append("<h3 id=\"contradictions\">Contradictions</h3>\n");
            page.Append(Html.Table(["Whose", "Kind", "Status", "One origin", "Says", "Reported", "Other origin", "Says", "Reported"],
                set.Contradictions.Select(c => new[]
                {
                    c.First.Subject, Words.Plain(c.First.Kind), Words.Plain(c.First.Status),
                    c.First.Origin, $"{c.First.Figure} ({c.First.Id})", Dates.Window(c.First), c.Second.Origin, $"{c.Second.Figure} ({c.Second.Id})", Dates.Window(c.Second),
                })));
        }
    }

    private static void AppendSources(StringBuilder page, Findings findings)
    {
        page.Append("<h2 id=\"sources\">Cited sources</h2>\n");
        if (findings.Sources.Count == 0) { page.Append("<p>No cited sources found.</p>\n"); return; }
        page.Append(Html.Table(
            ["Source", "Kind", "Country", "Documents", "Mentions", "Attributed facts"],
            findings.Sources.OrderByDescending(s => s.Mentions).Select(s => new[]
            {
                s.Source, Words.Plain(s.Kind), s.Country, Number(s.Documents), Number(s.Mentions), Number(s.AttributedFacts),
            })));
    }

    private static void AppendEvents(StringBuilder page, Findings findings, Dictionary<string, string> titles)
    {
        page.Append("<h2 id=\"events\">Timeline</h2>\n");
        if (findings.Events.Count == 0) { page.Append("<p>No events found.</p>\n"); return; }
        // An event the text leaves undated carries its article's date; where that date is itself inferred (no
        // published day), the reader is told, so a guessed bound does not read as a reported one.
        var events = findings.Events.ToLookup(e => e.Provenance.Document, StringComparer.Ordinal);
        // Bounded events carry that date, or it with the words that gave none after it (DocumentDate.Bounded).
        var guessed = new Dictionary<string, EventDate>(StringComparer.Ordinal);
        foreach (var d in findings.Corpus.Documents)
            if (DocumentDate.Of(d, events[d.Id]) is { Precision: DatePrecision.Inferred, Latest: { } latest })
                guessed[d.Id] = DocumentDate.OnOrBefore(latest, inferred: true);
        bool Guessed(TimelineEvent e) =>
            guessed.TryGetValue(e.Provenance.Document, out var bound) && e.Date.Precision == bound.Precision
            && e.Date.Latest == bound.Latest && e.Date.Expression is { } words && words.StartsWith(bound.Expression!, StringComparison.Ordinal);
        page.Append(Html.Table(
            ["#", "When", "Kind", "Actors", "Summary", "Quote", "Where"],
            findings.Events.OrderBy(e => e.Order).Select(e => new[]
            {
                Number(e.Order), Words.Of(e.Date) + (Guessed(e) ? " (inferred)" : ""), e.Kind.Replace('_', ' '), string.Join(", ", e.Actors), e.Summary, e.Provenance.Quote, Where(e.Provenance, titles),
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
                p.ActionText,
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
