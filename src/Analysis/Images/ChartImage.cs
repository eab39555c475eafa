using System.Diagnostics;
using System.Net;
using System.Text;
using Plotly.NET;

namespace Analysis.Images;

using Analysis.Charts;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>
/// PNG and SVG files of charts, drawn by plotly.js itself (<c>Plotly.toImage</c>) in the system's
/// headless chromium: the same pixels a browser shows, with nothing downloaded. Several charts are
/// drawn in one browser run. Needs chromium (see <see cref="Chromium.Find"/>).
/// </summary>
public static class ChartImage
{
    /// <summary>Width used when none is given, in CSS pixels: about the report's column.</summary>
    public const int DefaultWidth = 1000;

    /// <summary>
    /// Writes a PNG of the chart. Height defaults to the chart's own layout height (the theme sets one);
    /// <paramref name="scale"/> 2 doubles the pixels for sharp images on high-density screens.
    /// </summary>
    public static void SavePng(GenericChart chart, string path, int width = DefaultWidth, int? height = null, double scale = 1) =>
        SaveAll([(path, chart)], ImageFormat.Png, width, height, scale);

    /// <summary>Writes an SVG of the chart (vector: no scale).</summary>
    public static void SaveSvg(GenericChart chart, string path, int width = DefaultWidth, int? height = null) =>
        SaveAll([(path, chart)], ImageFormat.Svg, width, height, 1);

    /// <summary>
    /// Writes each chart of the report to <paramref name="folder"/> as <c>{id}.png</c> (or .svg), the id
    /// being the chart's id in the report (troop-estimates, source-frequencies, timeline…).
    /// Returns the paths written, in report order.
    /// </summary>
    public static IReadOnlyList<string> SaveReportCharts(Findings findings, string folder, ImageFormat format = ImageFormat.Png, int width = DefaultWidth, double scale = 1)
    {
        var extension = format == ImageFormat.Png ? ".png" : ".svg";
        var files = Report.ChartsOf(findings).Select(c => (Path.Combine(folder, c.Id + extension), c.Chart)).ToList();
        SaveAll(files, format, width, null, scale);
        return files.Select(f => Path.GetFullPath(f.Item1)).ToList();
    }

    /// <summary>Writes each chart to its path in one browser run; folders are created.</summary>
    public static void SaveAll(IReadOnlyList<(string Path, GenericChart Chart)> charts, ImageFormat format, int width = DefaultWidth, int? height = null, double scale = 1)
    {
        if (charts.Count == 0) return;
        if (width <= 0 || height <= 0 || scale <= 0) throw new ArgumentOutOfRangeException(nameof(width), "width, height and scale must be positive");
        var images = Render(charts.Select(c => c.Chart).ToList(), format, width, height, scale);
        for (var i = 0; i < charts.Count; i++)
        {
            var path = Path.GetFullPath(charts[i].Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, images[i]);
        }
    }

    /// <summary>The image files' bytes, one per chart, in order.</summary>
    public static IReadOnlyList<byte[]> Render(IReadOnlyList<GenericChart> charts, ImageFormat format, int width = DefaultWidth, int? height = null, double scale = 1) =>
        Render(charts, format, width, height, scale, browser: null);

    // The browser is a parameter so that tests can hand in one that fails.
    internal static IReadOnlyList<byte[]> Render(IReadOnlyList<GenericChart> charts, ImageFormat format, int width, int? height, double scale, string? browser)
    {
        var folder = Directory.CreateTempSubdirectory("analysis-images-");
        try
        {
            var page = Path.Combine(folder.FullName, "images.html");
            File.WriteAllText(page, Page(charts, format, width, height, scale), new UTF8Encoding(false));
            var dom = Chromium.Run(["--dump-dom", new Uri(page).AbsoluteUri], browser: browser);
            return Decode(dom, charts.Count, format);
        }
        finally { folder.Delete(recursive: true); }
    }

    private const string Begin = "IMAGES-BEGIN";
    private const string End = "IMAGES-END";

    // The page draws each chart at the asked size, asks plotly for its image as a data URL and writes the
    // URLs, one a line, into #out; chromium prints the final DOM (--dump-dom), which we read back.
    // Data URLs of PNG (base64) and SVG (URI-encoded) have no characters that HTML would escape.
    private static string Page(IReadOnlyList<GenericChart> charts, ImageFormat format, int width, int? height, double scale)
    {
        var figures = "[" + string.Join(",", charts.Select(c => Html.ScriptSafeJson(ChartJson.Of(c)))) + "]";
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <script>{{PlotlyJs.ScriptSafeSource()}}</script>
            <style>body{margin:0;background:white}</style></head><body><pre id="out"></pre>
            <script>
            (async function () {
              var figures = {{figures}};
              var out = document.getElementById("out"), urls = [];
              try {
                for (var i = 0; i < figures.length; i++) {
                  var f = figures[i], w = {{width}}, h = {{(height?.ToString(inv) ?? "0")}} || (f.layout && f.layout.height) || 500;
                  var div = document.createElement("div");
                  div.style.width = w + "px"; div.style.height = h + "px";
                  document.body.appendChild(div);
                  await Plotly.newPlot(div, f.data, Object.assign({}, f.layout, { width: w, height: h }), { staticPlot: true });
                  urls.push(await Plotly.toImage(div, { format: "{{(format == ImageFormat.Png ? "png" : "svg")}}", width: w, height: h, scale: {{scale.ToString(inv)}} }));
                  Plotly.purge(div); div.remove();
                }
                out.textContent = "{{Begin}}\n" + urls.join("\n") + "\n{{End}}";
              } catch (e) {
                out.textContent = "{{Begin}}\nERROR " + (e && e.message || e) + "\n{{End}}";
              }
            })();
            </script></body></html>
            """;
    }

    private static IReadOnlyList<byte[]> Decode(string dom, int expected, ImageFormat format)
    {
        var start = dom.IndexOf(Begin, StringComparison.Ordinal);
        var end = dom.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new InvalidOperationException("chromium finished before plotly had drawn the images (no result in the page).");
        var lines = WebUtility.HtmlDecode(dom[(start + Begin.Length)..end]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 1 && lines[0].StartsWith("ERROR ", StringComparison.Ordinal))
            throw new InvalidOperationException("plotly.js could not draw the chart: " + lines[0][6..]);
        if (lines.Length != expected)
            throw new InvalidOperationException($"expected {expected} image(s) from chromium, got {lines.Length}.");
        return lines.Select(line => DataUrl(line, format)).ToList();
    }

    private static byte[] DataUrl(string url, ImageFormat format)
    {
        var comma = url.IndexOf(',');
        Debug.Assert(comma > 0);
        var header = url[..comma];
        var body = url[(comma + 1)..];
        return header.EndsWith(";base64", StringComparison.Ordinal)
            ? Convert.FromBase64String(body)
            : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(body));
    }
}
