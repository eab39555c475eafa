using System.Globalization;
using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis;

public static partial class Charts
{
    /// <summary>
    /// How often each canonical source is cited, most cited at the top: a bar of mentions coloured by the
    /// kind of source (one legend entry per kind, so the colours explain themselves), and inside it a
    /// thin dark bar of the facts attributed to that source.
    /// </summary>
    public static GenericChart SourceFrequencies(Findings findings, int top = 25)
    {
        var sources = findings.Sources
            .OrderByDescending(s => s.Mentions).ThenByDescending(s => s.AttributedFacts).ThenBy(s => s.Source, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        const string title = "Who is cited, and how often";
        if (sources.Count == 0)
            return Empty(CSharp.Chart.Bar<int, string, string>(Array.Empty<int>(), Keys: Array.Empty<string>(), Name: "no sources"),
                "No cited source was found in these documents.", title, "Count", "Source");

        var traces = new List<GenericChart>();
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            var ofKind = sources.Where(s => s.Kind == kind).ToList();
            if (ofKind.Count == 0) continue;
            var color = ChartTheme.ColorOf(kind);
            traces.Add(Bars(ofKind, s => s.Mentions, KindName(kind), new Dictionary<string, object>
            {
                ["color"] = color, ["opacity"] = 0.85, ["line"] = new Dictionary<string, object> { ["color"] = color, ["width"] = 1 },
            }, width: 0.75, labels: true));
        }
        traces.Add(Bars(sources, s => s.AttributedFacts, "facts attributed to the source", new Dictionary<string, object>
        {
            ["color"] = ChartTheme.TextColor, ["opacity"] = 0.9,
        }, width: 0.25, labels: false));

        var chart = CSharp.Chart.Combine(traces);
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        layout.SetProperty("barmode", "overlay");
        layout.SetProperty("yaxis", new Dictionary<string, object>
        {
            ["type"] = "category",
            ["categoryorder"] = "array",
            ["categoryarray"] = sources.Select(s => ChartTheme.Encode(s.Source)).Reverse().ToArray(), // plotly draws the first category at the bottom
        });
        var xaxis = new Dictionary<string, object> { ["rangemode"] = "tozero", ["tickformat"] = ",d" };
        if (sources.Max(s => Math.Max(s.Mentions, s.AttributedFacts)) <= 10) xaxis["dtick"] = 1; // counts are whole: no 0.5 ticks
        layout.SetProperty("xaxis", xaxis);
        var more = findings.Sources.Count - sources.Count;
        if (more > 0)
            layout.SetProperty("annotations", new[] { ChartTheme.Note($"{more} less cited source(s) not shown", 1.0, -0.12, "right", "top", muted: true) });
        return ChartTheme.Apply(chart, title, "Mentions (bar) and attributed facts (dark inner bar)", null, height: Math.Max(360, 150 + 36 * sources.Count));
    }

    private static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.StateMedia => "state media",
        SourceKind.Outlet => "news outlet",
        SourceKind.Intercept => "intercepted communication",
        _ => Words.Of(kind),
    };

    private static GenericChart Bars(IReadOnlyList<CitedSource> sources, Func<CitedSource, int> value, string name, Dictionary<string, object> marker, double width, bool labels)
    {
        var names = sources.Select(s => ChartTheme.Encode(s.Source)).ToArray();
        var chart = CSharp.Chart.Bar<int, string, string>(sources.Select(value).ToArray(), Keys: names, Name: name);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertext", sources.Select(SourceHover).ToArray());
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("width", width);
            trace.SetProperty("marker", marker);
            if (labels)
            {
                trace.SetProperty("text", sources.Select(s => s.Mentions.ToString(CultureInfo.InvariantCulture)).ToArray());
                trace.SetProperty("textposition", "outside");
                trace.SetProperty("cliponaxis", false);
            }
            else trace.SetProperty("textposition", "none");
        }
        return chart;
    }

    private static string SourceHover(CitedSource s) =>
        $"<b>{ChartTheme.Encode(s.Source)}</b><br>{KindName(s.Kind)}{(s.Country is null ? "" : ", " + ChartTheme.Encode(s.Country))}<br>" +
        $"{s.Mentions} mention(s) in {s.Documents} document(s)<br>{s.AttributedFacts} fact(s) attributed to it";
}
