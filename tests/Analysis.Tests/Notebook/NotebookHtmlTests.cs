using System.Text.RegularExpressions;
using Analysis.Tests.Report;
using Deedle;

namespace Analysis.Tests.Notebook;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Display;
using Analysis.Frames;
using Analysis.Notebook;
using Analysis.Pipeline;
using Analysis.Report;

public class NotebookHtmlTests
{
    private const string Hostile = "<script>alert(1)</script> & \"quotes\"";

    [Fact]
    public void A_frame_shows_its_row_keys_columns_and_first_rows_then_says_how_many_it_left_out()
    {
        var frame = Frame.FromRecords(Enumerable.Range(1, 30).Select(i => new { Id = i, Name = $"row {i}", Score = i / 2.0 }));

        var html = NotebookHtml.Frame(frame, maxRows: 5);

        Assert.Contains("<th></th><th>Id</th><th>Name</th><th>Score</th>", html);
        Assert.Contains("<tr><td>0</td><td>1</td><td>row 1</td><td>0.5</td></tr>", html);
        Assert.Contains("<td>row 5</td>", html);
        Assert.DoesNotContain("<td>row 6</td>", html);
        Assert.Contains("First 5 of 30 rows (3 columns)", html);
    }

    [Fact]
    public void A_missing_value_is_an_empty_cell_and_text_is_encoded()
    {
        var frame = Frames.TroopCounts(SampleFindings.Make(quote: Hostile + " 2,000 soldiers moved."));

        var html = NotebookHtml.Frame(frame);

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        // "low" and "high" are missing for a single figure: empty cells, not "<missing>".
        Assert.Contains("<td>2,000 soldiers</td><td>2000</td><td></td><td></td><td>exact</td>", html);
    }

    [Fact]
    public void A_chart_draws_once_plotly_is_on_the_page_and_loads_nothing_from_a_network()
    {
        var html = NotebookHtml.Chart(Charts.TroopEstimates(SampleFindings.Make(title: Hostile)));

        Assert.Matches("<div class=\"analysis-chart\" id=\"analysis-chart-[0-9a-f]{32}\"></div>", html);
        Assert.Contains("if(window.Plotly){Plotly.newPlot(", html);
        Assert.Contains("setTimeout(draw,100)", html);
        Assert.DoesNotMatch(new Regex(@"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("</script> &", html); // document text cannot end the script element
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Two_charts_get_two_ids()
    {
        var chart = Charts.SourceFrequencies(SampleFindings.Make());
        var ids = new[] { NotebookHtml.Chart(chart), NotebookHtml.Chart(chart) }
            .Select(h => Regex.Match(h, "id=\"(analysis-chart-[0-9a-f]+)\"").Groups[1].Value).ToList();
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void The_plotly_script_is_the_bundled_plotly_js_defined_only_once_per_page()
    {
        var script = NotebookHtml.PlotlyScript();

        Assert.StartsWith("<script>(function(){if(window.Plotly)return;", script);
        Assert.Contains(PlotlyJs.Source, script);
        Assert.Contains($"plotly.js {PlotlyJs.Version} loaded", script);
    }

    [Fact]
    public void The_kits_own_types_display_as_summaries_with_encoded_text()
    {
        var findings = SampleFindings.Make(title: Hostile);

        var corpus = NotebookHtml.Corpus(findings.Corpus);
        Assert.Contains("<b>1</b> document(s) from <code>/tmp/sample</code>, <b>1</b> problem(s).", corpus);
        Assert.Contains("bad.txt", corpus);
        Assert.Contains("is empty", corpus);

        var document = NotebookHtml.Document(findings.Corpus.Documents[0]);
        Assert.Contains("&lt;script&gt;", document);
        Assert.DoesNotContain("<script>", document);
        Assert.Contains("1 paragraph(s), 2 sentence(s)", document);

        var summary = NotebookHtml.Findings(findings);
        Assert.Contains("1 document: 2 troop counts, 1 source mention of 1 source, 2 events", summary);
        Assert.Contains("<td>2,000 soldiers</td>", summary);
    }

    // Notebook 01 shows the corpus before the analysis runs, then the documents frame after it: an undated article's written
    // window is inferred by the analysis, so the first table says so rather than "unknown"; a published day shows as itself.
    [Fact]
    public void The_corpus_table_says_an_undated_articles_writing_date_is_inferred_when_the_analysis_runs()
    {
        const string Text = "Troops reach Kursk\n\nAbout 1,500 North Korean troops arrived in Kursk on October 3, 2024, officials said.\n";
        var corpus = new Corpus("/tmp/sample",
            [CorpusLoader.FromText(Text, "undated"), CorpusLoader.FromText(Text, "dated", new DocumentMetadata(Published: new DateOnly(2024, 10, 5)))], []);

        var html = NotebookHtml.Corpus(corpus);

        Assert.Contains("<th>written_precision</th></tr>", html);
        Assert.Contains("<td></td><td></td><td>inferred when the analysis runs</td></tr>", html);
        Assert.Contains("<td>2024-10-05</td><td>2024-10-05</td><td>day</td></tr>", html);
        Assert.DoesNotContain("unknown", html);
        // After the analysis the undated document has the window it reports.
        Assert.Equal(["inferred", "day"], Frames.Documents(Kit.Analyze(corpus)).GetColumn<string>("written_precision").Values);
    }

    [Fact]
    public void TryWrite_formats_charts_frames_and_kit_types_and_declines_anything_else()
    {
        var findings = SampleFindings.Make();
        object[] handled = [Charts.Timeline(findings), Frames.Sources(findings), findings, findings.Corpus, findings.Corpus.Documents[0]];
        foreach (var value in handled)
        {
            using var writer = new StringWriter();
            Assert.True(NotebookHtml.TryWrite(value, writer), value.GetType().Name);
            Assert.NotEqual("", writer.ToString());
        }

        foreach (var value in new object?[] { null, 42, "text", findings.TroopCounts })
        {
            using var writer = new StringWriter();
            Assert.False(NotebookHtml.TryWrite(value, writer));
            Assert.Equal("", writer.ToString());
        }
    }

    [Theory]
    [InlineData(typeof(Corpus))]
    [InlineData(typeof(Document))]
    [InlineData(typeof(Findings))]
    public void Kit_types_name_their_notebook_formatter_by_the_platforms_convention(Type type)
    {
        // .NET Interactive matches the attribute by name and reads these members by name: a rename breaks the display.
        var attribute = type.GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToList();

        var formatter = Assert.Single(formatters);
        Assert.Equal("text/html", formatter.GetType().GetProperty("MimeType")!.GetValue(formatter));
        using var writer = new StringWriter();
        var value = SampleFindings.Make() is var f && type == typeof(Findings) ? (object)f : type == typeof(Document) ? f.Corpus.Documents[0] : f.Corpus;
        Assert.Equal(true, formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer]));
        Assert.StartsWith("<p>", writer.ToString());
    }
}
