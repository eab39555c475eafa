using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis.Charts;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

public static partial class Charts
{
    /// <summary>
    /// Events in narrative order, top to bottom, on a date axis: a marker where the day is known, a bar
    /// over the interval where only a span is (a week, a month, a summit's days), an arrow pointing back
    /// from its article's date where the text gives none (it happened by then: <see cref="DocumentDate"/>).
    /// Events that cannot be placed at all keep their row, labelled "undated", with nothing drawn: the chart
    /// does not guess a date. The axis ticks are days. Hovering a mark shows the event, how it was dated,
    /// and the sentence it comes from.
    /// </summary>
    public static GenericChart Timeline(Findings findings)
    {
        var events = findings.Events.OrderBy(e => e.Order).ToList();
        var labels = events.Select(Label).ToArray();
        var exact = events.Where(e => e.Date.Precision == DatePrecision.Day && e.Date.Earliest is not null).ToList();
        var spans = events.Where(e => e.Date.Precision is not (DatePrecision.Day or DatePrecision.Unknown) && e.Date.Earliest is not null).ToList();
        var bounded = events.Where(e => e.Date is { Earliest: null, Latest: not null }).ToList();
        const string title = "Timeline of reported developments";
        if (exact.Count + spans.Count + bounded.Count == 0)
        {
            var message = events.Count == 0 ? "No event was found in these documents." : $"None of the {events.Count} event(s) found carries a date.";
            return Empty(CSharp.Chart.Point<string, string, string>(Array.Empty<string>(), Array.Empty<string>(), Name: "no dated events"), message, title);
        }

        var traces = new List<GenericChart>();
        if (spans.Count > 0) traces.Add(IntervalTrace(spans, new HoverText(findings.Corpus)));
        // An exact day: a diamond. An event known only to have happened by a day (its article's date): an arrow at
        // that day pointing back in time.
        if (exact.Count > 0)
            traces.Add(DayTrace(exact, e => e.Date.Earliest, "exact day", new HoverText(findings.Corpus), 13, "diamond", "#1d4ed8", "white", 1.5));
        if (bounded.Count > 0)
            traces.Add(DayTrace(bounded, e => e.Date.Latest, "no date in the text: by its article's date (inferred)", new HoverText(findings.Corpus),
                12, "triangle-left", "#9ca3af", "#4b5563", 1));

        var chart = CSharp.Chart.Combine(traces);
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        var days = events.SelectMany(e => new[] { e.Date.Earliest, e.Date.Latest }).OfType<DateOnly>().ToList();
        var xaxis = ChartTheme.DayAxis(days.Min(), days.Max());
        foreach (var (key, value) in new Dictionary<string, object> { ["showspikes"] = true, ["spikemode"] = "across", ["spikethickness"] = 1, ["spikecolor"] = ChartTheme.MutedColor })
            xaxis[key] = value;
        layout.SetProperty("xaxis", xaxis);
        layout.SetProperty("yaxis", new Dictionary<string, object>
        {
            ["type"] = "category",
            ["categoryorder"] = "array",
            ["categoryarray"] = labels.Reverse().ToArray(), // first event at the top
            ["range"] = new[] { -0.5, Math.Max(labels.Length, 1) - 0.5 },
        });
        var undated = events.Count - exact.Count - spans.Count - bounded.Count;
        if (undated > 0)
            layout.SetProperty("annotations", new[] { ChartTheme.Note($"{undated} undated event(s) keep their row, with no mark", 1.0, 1.0, "right", "bottom", muted: true) });
        return ChartTheme.Apply(chart, title, "Date the text gives or implies", null, height: Math.Max(360, 170 + 34 * labels.Length));
    }

    // Row label: narrative position and summary; the date (or "undated") is part of it so rows without a mark explain themselves.
    private static string Label(TimelineEvent e)
    {
        var summary = e.Summary.Length > 60 ? e.Summary[..57] + "…" : e.Summary;
        return ChartTheme.Encode($"{e.Order}. {summary} ({Words.Of(e.Date)})");
    }

    // One mark per event on its row, at the day `day` gives, with the event's sentence in the hover.
    private static GenericChart DayTrace(IReadOnlyList<TimelineEvent> events, Func<TimelineEvent, DateOnly?> day, string name, HoverText hovers,
        int size, string symbol, string color, string outline, double outlineWidth)
    {
        var chart = CSharp.Chart.Point<string, string, string>(
            events.Select(e => $"{day(e):yyyy-MM-dd}").ToArray(), events.Select(Label).ToArray(), Name: name);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertext", events.Select(hovers.Of).ToArray());
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["size"] = size, ["symbol"] = symbol, ["color"] = color,
                ["line"] = new Dictionary<string, object> { ["color"] = outline, ["width"] = outlineWidth },
            });
        }
        return chart;
    }

    // Each interval is a horizontal bar from its first day to the end of its last day: on a date axis
    // a bar's length is a duration in milliseconds from its base. Bars hover along their whole length.
    private static GenericChart IntervalTrace(IReadOnlyList<TimelineEvent> events, HoverText hovers)
    {
        var chart = CSharp.Chart.Bar<double, string, string>(
            events.Select(e => (double)DaysOf(e.Date) * 86_400_000).ToArray(), Keys: events.Select(Label).ToArray(), Name: "known only to a span (week, month, event)");
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("orientation", "h");
            trace.SetProperty("base", events.Select(e => $"{e.Date.Earliest:yyyy-MM-dd}").ToArray());
            trace.SetProperty("width", 0.45);
            trace.SetProperty("hovertext", events.Select(hovers.Of).ToArray());
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("textposition", "none");
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["color"] = "#93c5fd", ["line"] = new Dictionary<string, object> { ["color"] = "#3b82f6", ["width"] = 1 },
            });
        }
        return chart;
    }

    // Intervals include their last day.
    private static int DaysOf(EventDate date) =>
        (date.Latest ?? date.Earliest!.Value).DayNumber - date.Earliest!.Value.DayNumber + 1;
}
