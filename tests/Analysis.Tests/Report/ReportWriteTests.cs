using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Tests.Report;

using Analysis.Report;

// Report.Write streams the page (the plotly.js bundle copied as bytes); what it writes must be Render's page in UTF-8.
public class ReportWriteTests
{
    [Fact]
    public void Write_writes_the_bytes_of_the_rendered_page()
    {
        var findings = SampleFindings.Make(title: "Troops «near» the border – 2,000", quote: "Officials said 2,000 troops left.");
        var folder = Path.Combine(Path.GetTempPath(), "analysis-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Report.Write(findings, Path.Combine(folder, "r.html"));
            var rendered = Report.Render(findings);
            var written = File.ReadAllBytes(path);
            // The page says when it was made (to the minute): the two may straddle a minute.
            Assert.Equal(WithoutTime(rendered), WithoutTime(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(written)));
            Assert.Equal(Encoding.UTF8.GetByteCount(rendered), written.Length);
            Assert.False(written.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void The_bundle_written_is_the_script_safe_source_in_utf8()
    {
        using var written = new MemoryStream();
        PlotlyJs.WriteScriptSafe(written);
        Assert.Equal(new UTF8Encoding(false).GetBytes(PlotlyJs.ScriptSafeSource()), written.ToArray());
        Assert.DoesNotContain("</script", PlotlyJs.ScriptSafeSource(), StringComparison.OrdinalIgnoreCase);
    }

    private static string WithoutTime(string page) => Regex.Replace(page, @"Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", "Generated");
}
