using System.Buffers.Binary;
using System.Diagnostics;
using Analysis.Tests.Report;

// Not Analysis.Tests.Charts: that namespace would hide the kit's Charts class from the other tests.
namespace Analysis.Tests.ChartImages;

using Analysis.Charts;
using Analysis.Images;
using Analysis.Report;

/// <summary>Image export through the system chromium (CI installs it; without it these fail, by design).</summary>
public class ChartImageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analysis-image-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(800, 1.0)]
    [InlineData(640, 2.0)]
    public void Png_has_the_asked_size_and_the_chart_height(int width, double scale)
    {
        var chart = Charts.TroopEstimates(SampleFindings.Make());
        var path = Path.Combine(folder, "nested", "estimates.png");
        ChartImage.SavePng(chart, path, width, scale: scale);

        var (w, h) = PngSize(File.ReadAllBytes(path));
        Assert.Equal((int)(width * scale), w);
        Assert.Equal((int)(HeightOf(chart) * scale), h);
    }

    [Fact]
    public void Svg_is_vector_text_with_the_encoded_title_shown_literally()
    {
        var findings = SampleFindings.Make(quote: "The <b>ministry</b> said 2,000 soldiers left.");
        var path = Path.Combine(folder, "timeline.svg");
        ChartImage.SaveSvg(Charts.Timeline(findings), path, 900, 500);

        var svg = File.ReadAllText(path);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("width=\"900\"", svg);
        Assert.Contains("Timeline of reported developments", svg);
    }

    [Fact]
    public void Report_charts_go_to_one_file_each_named_by_their_report_id()
    {
        var findings = SampleFindings.Make();
        var paths = ChartImage.SaveReportCharts(findings, folder);

        var ids = Report.ChartsOf(findings).Select(c => c.Id + ".png");
        Assert.Equal(ids, paths.Select(Path.GetFileName));
        Assert.All(paths, p => Assert.True(PngSize(File.ReadAllBytes(p)).Width == ChartImage.DefaultWidth));
    }

    [Fact]
    public void Screenshot_of_the_report_is_its_first_screen()
    {
        var report = Report.Write(SampleFindings.Make(), Path.Combine(folder, "report.html"));
        var png = Path.Combine(folder, "report.png");
        Chromium.Screenshot(report, png, 1200, 800);
        Assert.Equal((1200, 800), PngSize(File.ReadAllBytes(png)));
    }

    [Fact]
    public void A_missing_browser_is_a_clear_error_that_names_what_was_searched()
    {
        var nowhere = Path.Combine(folder, "no-such-dir");
        var error = Assert.Throws<BrowserNotFoundException>(() => Chromium.Find(null, nowhere, Path.Combine(nowhere, "chromium")));
        Assert.Contains("CHROMIUM_PATH (not set)", error.Message);
        Assert.Contains(Path.Combine(nowhere, "chromium"), error.Message);
        Assert.Contains("chromium-browser, google-chrome", error.Message);
        Assert.Contains("apt-get install chromium", error.Message);
    }

    [Fact]
    public void An_explicit_browser_path_is_used_or_reported_never_replaced()
    {
        var fake = Path.Combine(folder, "my-chrome");
        File.WriteAllText(fake, "");
        Assert.Equal(fake, Chromium.Find(fake, "/usr/bin", "/usr/bin/chromium"));

        var missing = Path.Combine(folder, "gone");
        var error = Assert.Throws<BrowserNotFoundException>(() => Chromium.Find(missing, "/usr/bin", "/usr/bin/chromium"));
        Assert.Equal([$"$CHROMIUM_PATH={missing} (no such file)"], error.Searched);
    }

    [Theory]
    [InlineData("echo 'renderer crashed' >&2; exit 3", "exited with code 3:\nrenderer crashed")]
    [InlineData("echo '<html><body>nothing</body></html>'", "chromium finished before plotly had drawn the images")]
    [InlineData("echo '<pre>IMAGES-BEGIN\nERROR Invalid figure\nIMAGES-END</pre>'", "plotly.js could not draw the chart: Invalid figure")]
    public void A_failing_browser_run_is_reported_with_its_reason(string script, string expected)
    {
        var browser = FakeBrowser(script);
        var error = Assert.Throws<InvalidOperationException>(() =>
            ChartImage.Render([Charts.Timeline(SampleFindings.Make())], ImageFormat.Png, 800, null, 1, browser));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_browser_that_hangs_is_stopped_at_the_timeout()
    {
        var browser = FakeBrowser("sleep 30");
        var clock = Stopwatch.StartNew();
        Assert.Throws<TimeoutException>(() => Chromium.Run(["--version"], TimeSpan.FromSeconds(1), browser));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // A shell script standing in for chromium: it ignores its arguments and does what the test says.
    private string FakeBrowser(string body)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("the fake browser is a shell script");
        var path = Path.Combine(folder, "fake-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static double HeightOf(Plotly.NET.GenericChart chart) =>
        System.Text.Json.JsonDocument.Parse(Plotly.NET.GenericChart.toJson(chart)).RootElement.GetProperty("layout").GetProperty("height").GetDouble();

    // PNG: 8-byte signature, then the IHDR chunk whose data starts with big-endian width and height.
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
