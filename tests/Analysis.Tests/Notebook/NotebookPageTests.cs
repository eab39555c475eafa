using Analysis.Tests.Report;

namespace Analysis.Tests.Notebook;

using Analysis.Charts;
using Analysis.Notebook;
using Analysis.Report;

public class NotebookPageTests
{
    [Fact]
    public void A_page_holds_prose_values_and_charts_in_order_with_plotly_inline_once()
    {
        var findings = SampleFindings.Make();
        var page = new NotebookPage("A <page>");
        page.Markdown("# Heading\n\nSome **bold** prose <b>raw</b>.");
        page.Show(Charts.TroopEstimates(findings));
        page.Show(new[] { new { Name = "a", Count = 1 }, new { Name = "b & c", Count = 2 } });
        page.Show(3.5);

        var path = Path.Combine(Directory.CreateTempSubdirectory("analysis-page-").FullName, "sub", "page.html");
        var html = File.ReadAllText(page.Write(path));

        Assert.Contains("<title>A &lt;page&gt;</title>", html);
        Assert.Single(html.Split("if(window.Plotly)return;")[1..]);
        var heading = html.IndexOf("<h1 id=\"heading\">Heading</h1>", StringComparison.Ordinal);
        var chart = html.IndexOf("<div class=\"analysis-chart\"", StringComparison.Ordinal);
        var table = html.IndexOf("<th>Name</th><th>Count</th>", StringComparison.Ordinal);
        Assert.True(heading > 0 && heading < chart && chart < table, $"{heading} {chart} {table}");
        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("&lt;b&gt;raw&lt;/b&gt;", html); // raw HTML in prose shows as text
        Assert.Contains("<td>b &amp; c</td><td>2</td>", html);
        Assert.Contains("<pre>3.5</pre>", html);
    }

    [Fact]
    public void Console_output_goes_on_the_page_where_it_was_written()
    {
        lock (Analysis.Tests.Extraction.Cli.ConsoleGate) ConsoleOutputGoesOnThePage();
    }

    private static void ConsoleOutputGoesOnThePage()
    {
        var original = Console.Out;
        try
        {
            using var shown = new StringWriter();
            Console.SetOut(shown);
            var page = new NotebookPage("console");
            page.CaptureConsole();
            page.Markdown("first");
            Console.WriteLine("printed <between>");
            page.Markdown("second");

            var html = File.ReadAllText(page.Write(Path.Combine(Directory.CreateTempSubdirectory("analysis-page-").FullName, "page.html")));

            Assert.Equal("printed <between>\n", shown.ToString().Replace("\r\n", "\n"));
            var first = html.IndexOf("<p>first</p>", StringComparison.Ordinal);
            var printed = html.IndexOf("<pre>printed &lt;between&gt;", StringComparison.Ordinal);
            var second = html.IndexOf("<p>second</p>", StringComparison.Ordinal);
            Assert.True(first > 0 && first < printed && printed < second, $"{first} {printed} {second}");
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
