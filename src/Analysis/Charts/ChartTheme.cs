using System.Net;
using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis.Charts;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// The one look of every chart of the kit: font, colours per source kind, hover labels, titles and
/// axis labels. Chart builders call <see cref="Apply"/> last, so notebooks and the report look alike.
/// </summary>
public static partial class ChartTheme
{
    public const string FontFamily = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    public const string TextColor = "#1f2937";
    public const string GridColor = "#e5e7eb";
    public const string MutedColor = "#9ca3af";

    // The margins Apply sets above and below the plot (the title and legend stand in the top one): a chart that places
    // things in its panels by pixel reads what is left of its height from them.
    internal const int TopMargin = 112;
    internal const int BottomMargin = 60;

    /// <summary>
    /// A colour for each kind of source, so the same kind reads the same in every chart. None is a grey: the bars of
    /// the facts attributed to a source are grey (<see cref="FactsColor"/>), and "other" sources (experts, rights
    /// groups, the UN) are common in a new story.
    /// </summary>
    public static string ColorOf(SourceKind kind) => kind switch
    {
        SourceKind.Outlet => "#2563eb",
        SourceKind.Intelligence => "#7c3aed",
        SourceKind.Official => "#059669",
        SourceKind.Government => "#0891b2",
        SourceKind.Military => "#b45309",
        SourceKind.StateMedia => "#dc2626",
        SourceKind.Intercept => "#db2777",
        _ => "#65a30d",
    };

    /// <summary>The grey of the bars of the facts attributed to a source, beside its mentions.</summary>
    public const string FactsColor = "#4b5563";

    /// <summary>Colours for estimate status: the current figure stands out, earlier ones recede.</summary>
    public static string ColorOf(EstimateStatus status) => status switch
    {
        EstimateStatus.Current => "#dc2626",
        EstimateStatus.Earlier => "#9ca3af",
        _ => "#f59e0b",
    };

    /// <summary>Title, axis labels, font, grid and hover style; returns the same chart for chaining.</summary>
    public static GenericChart Apply(GenericChart chart, string title, string? xTitle = null, string? yTitle = null, int height = 480)
    {
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        // Title, then the legend, at fixed distances from the top of the figure ("container"), so that
        // a legend never runs into tick labels or axis titles, whatever the number of rows below.
        layout.SetProperty("title", new Dictionary<string, object>
        {
            ["text"] = Encode(title), ["x"] = 0.01, ["xanchor"] = "left", ["yref"] = "container", ["y"] = 1 - 14.0 / height, ["yanchor"] = "top", ["font"] = Font(20),
        });
        layout.SetProperty("font", Font(13));
        layout.SetProperty("paper_bgcolor", "white");
        layout.SetProperty("plot_bgcolor", "white");
        layout.SetProperty("height", height);
        layout.SetProperty("autosize", true);
        layout.SetProperty("margin", new Dictionary<string, object> { ["l"] = 80, ["r"] = 30, ["t"] = TopMargin, ["b"] = BottomMargin });
        layout.SetProperty("hoverlabel", new Dictionary<string, object> { ["bgcolor"] = "white", ["bordercolor"] = MutedColor, ["font"] = Font(12), ["align"] = "left" });
        layout.SetProperty("legend", new Dictionary<string, object>
        {
            ["orientation"] = "h", ["x"] = 0, ["xanchor"] = "left", ["xref"] = "container", ["yref"] = "container", ["y"] = 1 - 50.0 / height, ["yanchor"] = "top",
            ["font"] = Font(12), ["itemclick"] = "toggle", ["itemdoubleclick"] = "toggleothers",
        });
        MergeAxis(layout, "xaxis", xTitle);
        MergeAxis(layout, "yaxis", yTitle);
        // Panels of a grid (xaxis2, yaxis2…) get the same grid and margins; their titles are their own.
        foreach (var name in layout.GetPropertyNames(true).Where(n => n.Length > 5 && n[1..5] == "axis" && n[0] is 'x' or 'y').ToList())
            MergeAxis(layout, name, null);
        layout.RemoveProperty("width"); // let the page decide: charts fill their container
        return chart;
    }

    /// <summary>
    /// Hover boxes for a chart of your own, in the kit's style: point <c>i</c> of every trace shows the sentence
    /// that <paramref name="points"/>[i] came from, its quoted words in bold, with the document's title.
    /// </summary>
    public static GenericChart WithQuotes(GenericChart chart, Findings findings, IReadOnlyList<Provenance> points)
    {
        var hover = new HoverText(findings.Corpus);
        var texts = points.Select(hover.Quote).ToArray();
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertext", texts);
            trace.SetProperty("hovertemplate", HoverText.Template);
        }
        return chart;
    }

    /// <summary>
    /// Document text for a chart label or hover. plotly.js reads a small HTML subset in labels,
    /// so text from articles is encoded and shows literally; long quotes are wrapped for the hover box.
    /// The browser tests check that the words read the same on screen.
    /// </summary>
    public static string Encode(string text, int wrapAt = 0)
    {
        // plotly.js decodes only a few named entities (amp, lt, gt, nbsp…) and every numeric one:
        // "&quot;" would show as those six characters, so a double quote becomes "&#34;".
        var encoded = WebUtility.HtmlEncode(text).Replace("&quot;", "&#34;", StringComparison.Ordinal);
        return wrapAt <= 0 ? encoded : Wrap(encoded, wrapAt);
    }

    /// <summary>
    /// A line of text on the chart (a panel title, a key, a "nothing to show"), placed in paper
    /// coordinates (0..1 across the plotting area). The text must already be encoded.
    /// </summary>
    internal static Dictionary<string, object> Note(string encodedText, double x, double y, string xanchor, string yanchor, bool muted = false) => new()
    {
        ["text"] = encodedText, ["x"] = x, ["y"] = y, ["xref"] = "paper", ["yref"] = "paper",
        ["xanchor"] = xanchor, ["yanchor"] = yanchor, ["showarrow"] = false, ["align"] = xanchor == "right" ? "right" : "left",
        ["font"] = muted ? new Dictionary<string, object> { ["family"] = FontFamily, ["size"] = 12, ["color"] = "#6b7280" } : Font(13),
    };

    /// <summary>
    /// A date axis for day data from <paramref name="first"/> to <paramref name="last"/>: labels are days, and over a
    /// short span (two weeks or less) a tick every day, a day's margin either side, so plotly never falls back to
    /// ticks at 00:00 and 12:00 of the same day.
    /// </summary>
    internal static Dictionary<string, object> DayAxis(DateOnly first, DateOnly last)
    {
        var axis = new Dictionary<string, object> { ["type"] = "date", ["tickformat"] = "%d %b %Y", ["hoverformat"] = "%d %b %Y" };
        if (last.DayNumber - first.DayNumber <= 14)
        {
            axis["dtick"] = 86_400_000;
            axis["tick0"] = $"{first:yyyy-MM-dd}";
            axis["range"] = new[] { $"{first.AddDays(-1):yyyy-MM-dd}", $"{last.AddDays(1):yyyy-MM-dd}" };
        }
        return axis;
    }

    internal static Dictionary<string, object> Font(int size) =>
        new() { ["family"] = FontFamily, ["size"] = size, ["color"] = TextColor };

    private static void MergeAxis(Layout layout, string name, string? title)
    {
        var value = layout.TryGetPropertyValue(name);
        if (value is { Value: DynamicObj.DynamicObj typed })
        {
            // An axis object from a Plotly.NET builder: set on it, keeping what the builder chose.
            typed.SetProperty("gridcolor", GridColor);
            typed.SetProperty("zerolinecolor", GridColor);
            typed.SetProperty("automargin", true);
            if (title is not null) typed.SetProperty("title", new Dictionary<string, object> { ["text"] = Encode(title) });
            return;
        }
        var axis = value is { Value: Dictionary<string, object> existing } ? existing : new Dictionary<string, object>();
        axis["gridcolor"] = GridColor;
        axis["zerolinecolor"] = GridColor;
        axis["linecolor"] = MutedColor;
        axis["automargin"] = true;
        if (title is not null)
            axis["title"] = axis.TryGetValue("title", out var t) && t is Dictionary<string, object> old
                ? new Dictionary<string, object>(old) { ["text"] = Encode(title) }
                : new Dictionary<string, object> { ["text"] = Encode(title) };
        layout.SetProperty(name, axis);
    }

    // Breaks already-encoded text into lines of about `width` characters at spaces (<br> is plotly's line
    // break). Tags and entities count as characters: lines with bold words are a little shorter.
    internal static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return string.Join("<br>", lines);
    }
}
