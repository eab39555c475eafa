using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis;

public static partial class Charts
{
    /// <summary>
    /// Events in narrative order, top to bottom, on a date axis: a marker where the day is known, a bar
    /// over the interval where only a span is (a month, a summit's days). Undated events keep their row,
    /// labelled "undated", with nothing drawn: the chart does not guess a date.
    /// </summary>
    public static GenericChart Timeline(Findings findings)
    {
        var events = findings.Events.OrderBy(e => e.Order).ToList();
        var labels = events.Select(Label).ToArray();
        var exact = events.Where(e => e.Date.Precision == DatePrecision.Day && e.Date.Earliest is not null).ToList();
        var spans = events.Where(e => e.Date.Precision is not (DatePrecision.Day or DatePrecision.Unknown) && e.Date.Earliest is not null).ToList();

        var traces = new List<GenericChart>();
        if (spans.Count > 0) traces.Add(IntervalTrace(spans));
        if (exact.Count > 0) traces.Add(DayTrace(exact));
        if (traces.Count == 0) traces.Add(CSharp.Chart.Point<string, string, string>(Array.Empty<string>(), Array.Empty<string>(), Name: "no dated events"));

        var chart = CSharp.Chart.Combine(traces);
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        layout.SetProperty("xaxis", new Dictionary<string, object> { ["type"] = "date" });
        layout.SetProperty("yaxis", new Dictionary<string, object>
        {
            ["type"] = "category",
            ["categoryorder"] = "array",
            ["categoryarray"] = labels.Reverse().ToArray(), // first event at the top
            ["range"] = new[] { -0.5, Math.Max(labels.Length, 1) - 0.5 },
        });
        return ChartTheme.Apply(chart, "Timeline of reported developments", "Date", null, height: Math.Max(360, 80 + 34 * labels.Length));
    }

    // Row label: narrative position and summary; the date (or "undated") is part of it so rows without a mark explain themselves.
    private static string Label(TimelineEvent e)
    {
        var summary = e.Summary.Length > 60 ? e.Summary[..57] + "…" : e.Summary;
        return ChartTheme.Encode($"{e.Order}. {summary} ({Words.Of(e.Date)})");
    }

    private static GenericChart DayTrace(IReadOnlyList<TimelineEvent> events)
    {
        var chart = CSharp.Chart.Point<string, string, string>(
            events.Select(e => $"{e.Date.Earliest:yyyy-MM-dd}").ToArray(), events.Select(Label).ToArray(),
            Name: "exact day", MultiText: events.Select(HoverText.Of).ToArray());
        Style(chart, new Dictionary<string, object> { ["size"] = 12, ["color"] = "#2563eb" });
        return chart;
    }

    // Each interval is one line segment; null between segments keeps them apart in a single trace.
    private static GenericChart IntervalTrace(IReadOnlyList<TimelineEvent> events)
    {
        var x = new List<string?>();
        var y = new List<string?>();
        var text = new List<string?>();
        foreach (var e in events)
        {
            var last = (e.Date.Latest ?? e.Date.Earliest!.Value).AddDays(1); // intervals include their last day
            x.AddRange([$"{e.Date.Earliest:yyyy-MM-dd}", $"{last:yyyy-MM-dd}", null]);
            y.AddRange([Label(e), Label(e), null]);
            var hover = HoverText.Of(e);
            text.AddRange([hover, hover, null]);
        }
        var chart = CSharp.Chart.Line<string, string, string>(Array.Empty<string>(), Array.Empty<string>(), Name: "date range");
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            // Set directly: the typed builder does not take the nulls that separate the segments.
            trace.SetProperty("x", x.ToArray());
            trace.SetProperty("y", y.ToArray());
            trace.SetProperty("text", text.ToArray());
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("line", new Dictionary<string, object> { ["width"] = 12, ["color"] = "#93c5fd" });
            trace.SetProperty("mode", "lines");
            trace.SetProperty("connectgaps", false);
        }
        return chart;
    }

    private static void Style(GenericChart chart, Dictionary<string, object> marker)
    {
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("marker", marker);
        }
    }
}
