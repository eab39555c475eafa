using System.Globalization;
using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis.Charts;

using Analysis.Claims;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>Chart builders of the kit, one file per family. Each takes findings and returns a themed chart.</summary>
public static partial class Charts
{
    // What a figure counts decides its panel: each panel has its own y scale, so a roster of millions
    // does not flatten deployments of thousands, and casualties are not read as troop estimates.
    private static readonly (TroopKind Kind, string Title, string YTitle)[] EstimatePanels =
    [
        (TroopKind.Deployment, "Sent or deployed", "Troops"),
        (TroopKind.Casualties, "Casualties", "Killed or wounded"),
        (TroopKind.Other, "Other figures", "Soldiers"),
        (TroopKind.ArmySize, "Whole army (own scale)", "Soldiers"),
        (TroopKind.Subset, "Part of a force", "Soldiers"),
    ];

    /// <summary>
    /// Troop-count figures by the source they are attributed to, one panel per kind of figure (deployed,
    /// casualties, other, whole army), each on its own scale. Colour tells current from earlier and planned
    /// figures (earlier ones hollow); the marker shape tells the hedge (▲ at least, ▼ at most, ◆ vague);
    /// a range is a bar from its low to its high end. Each mark is labelled with its figure and hovers
    /// with its sentence.
    /// </summary>
    public static GenericChart TroopEstimates(Findings findings)
    {
        var panels = EstimatePanels
            .Select(p => (p.Title, p.YTitle, Counts: findings.TroopCounts.Where(c => c.Kind == p.Kind).ToList()))
            .Where(p => p.Counts.Count > 0)
            .ToList();
        if (panels.Count == 0)
            return Empty(CSharp.Chart.Point<string, double, string>(Array.Empty<string>(), Array.Empty<double>(), Name: "no figures"),
                "No troop-count figures were found in these documents.", "Troop-count estimates by source");

        // Panels share the width in proportion to their number of sources, none narrower than a fifth.
        const double gap = 0.08;
        var weights = panels.Select(p => Math.Max(1.0, p.Counts.Select(SourceOf).Distinct().Count())).ToArray();
        var shares = weights.Select(w => Math.Max(0.2, w / weights.Sum())).ToArray();
        var usable = 1 - gap * (panels.Count - 1);
        var scale = usable / shares.Sum();

        var hovers = new HoverText(findings.Corpus);
        var traces = new List<GenericChart>();
        var axes = new List<(string X, string Y, double From, double To, string Title, string YTitle, double YMax)>();
        var (labelled, written) = (0, 0);
        var from = 0.0;
        for (var i = 0; i < panels.Count; i++)
        {
            var suffix = i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture);
            var to = Math.Min(1, from + shares[i] * scale);
            var yMax = Math.Max(1, panels[i].Counts.Max(c => c.High ?? c.Value ?? c.Low ?? 0) * 1.12);
            axes.Add(("x" + suffix, "y" + suffix, from, to, panels[i].Title, panels[i].YTitle, yMax));
            var texts = FittedLabels(panels[i].Counts, yMax, EstimatesHeight - PlotMargins);
            (labelled, written) = (labelled + texts.Values.Count(t => t.Length > 0), written + texts.Count);
            foreach (var status in Enum.GetValues<EstimateStatus>())
            {
                var points = panels[i].Counts.Where(c => c.Status == status).ToList();
                if (points.Count == 0) continue;
                var trace = EstimateTrace(hovers, points, points.Select(SourceOf).ToArray(), status, null,
                    text: points.Select(c => texts.GetValueOrDefault(c, "")).ToArray());
                foreach (var t in CSharp.GenericChartExtensions.GetTraces(trace))
                {
                    t.SetProperty("xaxis", "x" + suffix);
                    t.SetProperty("yaxis", "y" + suffix);
                    t.SetProperty("showlegend", false); // the key traces below explain colours and shapes once
                }
                traces.Add(trace);
            }
            from = to + gap;
        }

        traces.AddRange(Key(findings.TroopCounts));
        var chart = CSharp.Chart.Combine(traces);
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        var annotations = new List<Dictionary<string, object>>();
        foreach (var (x, y, start, end, title, yTitle, yMax) in axes)
        {
            layout.SetProperty(AxisKey(x), new Dictionary<string, object>
            {
                ["domain"] = new[] { start, end }, ["anchor"] = y, ["type"] = "category", ["automargin"] = true,
            });
            layout.SetProperty(AxisKey(y), new Dictionary<string, object>
            {
                // A fixed range, not plotly's own: the labels were chosen for where the marks fall on it.
                ["anchor"] = x, ["range"] = new[] { 0, yMax }, ["automargin"] = true, ["separatethousands"] = true,
                ["title"] = new Dictionary<string, object> { ["text"] = ChartTheme.Encode(yTitle), ["standoff"] = 4 },
            });
            if (axes.Count > 1) annotations.Add(ChartTheme.Note($"<b>{ChartTheme.Encode(title)}</b>", (start + end) / 2, 1.0, "center", "bottom"));
        }
        if (annotations.Count > 0) layout.SetProperty("annotations", annotations);
        var xTitle = labelled < written ? $"Attributed to · labels on {labelled} of {written} figures, where they fit (hover a mark for the others)" : "Attributed to";
        return ChartTheme.Apply(chart, "Troop-count estimates by source", xTitle, axes[0].YTitle, height: EstimatesHeight);
    }

    private const int EstimatesHeight = 520;

    // The label each figure of a panel gets, by source (a figure repeated by several reports once, with their number,
    // as ByFigure writes it): in each source's column, figures close in size would print their labels over each other,
    // so the current ones are labelled first, then the planned and the earlier ones, the largest first within each, and
    // a label that would overlap one already placed is left empty (the mark keeps its hover). Only figures that have a
    // label to write are keys.
    private static Dictionary<TroopCount, string> FittedLabels(IReadOnlyList<TroopCount> counts, double yMax, double panelHeight)
    {
        var texts = new Dictionary<TroopCount, string>(ReferenceEqualityComparer.Instance);
        foreach (var status in Enum.GetValues<EstimateStatus>())
        {
            var points = counts.Where(c => c.Status == status).ToList();
            var labels = ByFigure(points, points.Select(SourceOf).ToArray());
            for (var i = 0; i < points.Count; i++)
                if (labels[i].Length > 0) texts[points[i]] = labels[i];
        }
        foreach (var column in texts.Keys.GroupBy(SourceOf, StringComparer.Ordinal).ToList())
        {
            var ordered = column
                .OrderBy(c => c.Status switch { EstimateStatus.Current => 0, EstimateStatus.Planned => 1, _ => 2 })
                .ThenByDescending(YOf).ToList();
            var chosen = PointLabels.Choose(ordered.Select(c => new PointLabels.Mark(0, YOf(c) / yMax, texts[c].Length)).ToList(), panelHeight);
            for (var i = 0; i < ordered.Count; i++)
                if (!chosen[i]) texts[ordered[i]] = "";
        }
        return texts;
    }

    /// <summary>
    /// Figures that count a whole army or roster, on their own scale (<see cref="TroopEstimates"/> shows
    /// them in a panel of their own; this is the chart alone, for a notebook).
    /// </summary>
    public static GenericChart ArmySize(Findings findings)
    {
        var counts = findings.TroopCounts.Where(c => c.Kind == TroopKind.ArmySize).ToList();
        if (counts.Count == 0)
            return Empty(CSharp.Chart.Point<string, double, string>(Array.Empty<string>(), Array.Empty<double>(), Name: "no figures"),
                "No figure for the size of a whole army was found.", "Size of the whole army, as reported");
        var hovers = new HoverText(findings.Corpus);
        var traces = Enum.GetValues<EstimateStatus>()
            .Select(status => counts.Where(c => c.Status == status).ToList())
            .Where(points => points.Count > 0)
            .Select(points => EstimateTrace(hovers, points, points.Select(SourceOf).ToArray(), points[0].Status, null))
            .ToList();
        var chart = CSharp.Chart.Combine(traces);
        CSharp.GenericChartExtensions.GetLayout(chart).SetProperty("yaxis", new Dictionary<string, object> { ["rangemode"] = "tozero", ["separatethousands"] = true });
        return ChartTheme.Apply(chart, "Size of the whole army, as reported", "Attributed to", "Soldiers", height: 400);
    }

    // The kinds over time, one panel each (top to bottom): a casualty count is never joined to a deployment figure.
    private static readonly (TroopKind Kind, string Title, string YTitle)[] OverTimePanels =
    [
        (TroopKind.Deployment, "Sent or deployed", "Troops"),
        (TroopKind.Casualties, "Casualties", "Killed or wounded"),
    ];

    /// <summary>
    /// Estimates over time, one panel per kind (troops sent or deployed; casualties), each on its own scale. A figure
    /// stands at its as-of date (<see cref="TroopCount.AsOf"/>: its clause's, its statement's or its article's; for
    /// findings made without dates, the date of the event that carries it, else its article's day), and the hover
    /// says which, with the sentence. A dotted line joins the stated figures of one source within a panel, so a
    /// revised estimate reads as a step. A planned figure is drawn apart, never on that line: a hollow star at its
    /// target date ("by March") with a dashed line back to when it was stated. Figures with no date are not drawn,
    /// and the chart says how many.
    /// </summary>
    public static GenericChart TroopEstimatesOverTime(Findings findings)
    {
        var kinds = OverTimePanels.Select(p => p.Kind).ToHashSet();
        var all = EstimateDates.Of(findings).Where(d => kinds.Contains(d.Count.Kind)).OrderBy(d => d.Date).ToList();
        var undated = findings.TroopCounts.Count(c => kinds.Contains(c.Kind)) - all.Count;
        const string title = "Estimates over time";
        var panels = OverTimePanels.Select(p => (p.Title, p.YTitle, Dated: all.Where(d => d.Count.Kind == p.Kind).ToList())).Where(p => p.Dated.Count > 0).ToList();
        if (panels.Count == 0)
            return Empty(CSharp.Chart.Point<string, double, string>(Array.Empty<string>(), Array.Empty<double>(), Name: "no dated figures"),
                "No estimate of troops sent or of casualties could be dated: none has a date of its own, no dated event carries one, and no article with a current one has a date (published, or inferred from the events it reports).", title);

        var hovers = new HoverText(findings.Corpus);
        var traces = new List<GenericChart>();
        const double gap = 0.12;
        var height = (1 - gap * (panels.Count - 1)) / panels.Count;
        var chartHeight = panels.Count == 1 ? 480 : 760;
        // Room on the right for the last labels, which name their source; every panel shares the days. On the left, room
        // for the first marks (half a marker, a range's bar) off the y axis: 3 days, or a thirtieth of a long span.
        var earliest = all.Min(d => Min(d.First, d.TargetFirst));
        var last = all.Max(d => Max(d.Last, d.TargetLast));
        var first = earliest.AddDays(-Math.Max(3, (last.DayNumber - earliest.DayNumber) / 30));
        var right = last.AddDays(Math.Max(7, (last.DayNumber - first.DayNumber) / 3));
        var (labelled, drawn) = (0, 0);
        var axes = new List<(string X, string Y, double From, double To, string Title, string YTitle, double YMax)>();
        for (var i = 0; i < panels.Count; i++)
        {
            // The bottom panel has the first axes, which carry the chart's x title, below the last panel.
            var n = panels.Count - i;
            var suffix = n == 1 ? "" : n.ToString(CultureInfo.InvariantCulture);
            var top = 1 - i * (height + gap);
            var yMax = YMaxOf(panels[i].Dated);
            axes.Add(("x" + suffix, "y" + suffix, top - height, top, panels[i].Title, panels[i].YTitle, yMax));
            var labels = Labelled(hovers, panels[i].Dated, (first, right), yMax, (chartHeight - PlotMargins) * height);
            (labelled, drawn) = (labelled + labels.Count, drawn + panels[i].Dated.Count);
            foreach (var trace in OverTimeTraces(hovers, panels[i].Dated, labels))
            {
                foreach (var t in CSharp.GenericChartExtensions.GetTraces(trace))
                {
                    t.SetProperty("xaxis", "x" + suffix);
                    t.SetProperty("yaxis", "y" + suffix);
                }
                traces.Add(trace);
            }
        }
        traces.AddRange(Key(all.Select(d => d.Count)));

        var chart = CSharp.Chart.Combine(traces);
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        var annotations = new List<Dictionary<string, object>>();
        foreach (var (x, y, from, to, panelTitle, yTitle, yMax) in axes)
        {
            var xaxis = ChartTheme.DayAxis(first, right);
            xaxis["range"] = new[] { $"{first:yyyy-MM-dd}", $"{right:yyyy-MM-dd}" };
            xaxis["anchor"] = y;
            if (x != "x") xaxis["matches"] = "x";
            layout.SetProperty(AxisKey(x), xaxis);
            layout.SetProperty(AxisKey(y), new Dictionary<string, object>
            {
                // A fixed range, not plotly's own: the labels were chosen for where the marks fall on it.
                ["domain"] = new[] { from, to }, ["anchor"] = x, ["range"] = new[] { 0, yMax }, ["automargin"] = true, ["separatethousands"] = true,
                ["title"] = new Dictionary<string, object> { ["text"] = ChartTheme.Encode(yTitle), ["standoff"] = 4 },
            });
            annotations.Add(ChartTheme.Note($"<b>{ChartTheme.Encode(panelTitle)}</b>", 0.0, to, "left", "bottom"));
        }
        var notes = new List<string>();
        if (undated > 0) notes.Add($"{undated} figure(s) without a date are not shown");
        if (labelled < drawn) notes.Add($"labels on {labelled} of {drawn} figures, where they fit (hover a mark for the others)");
        if (notes.Count > 0) annotations.Add(ChartTheme.Note(string.Join(" · ", notes), 1.0, 1.0, "right", "bottom", muted: true));
        layout.SetProperty("annotations", annotations);
        return ChartTheme.Apply(chart, title, "Date the figure was stated or held (a planned one: when it is to be reached)", axes[^1].YTitle,
            height: chartHeight);
    }

    // What ChartTheme.Apply's margins leave of a chart's height for its panels.
    private const double PlotMargins = ChartTheme.TopMargin + ChartTheme.BottomMargin;

    // The top of a panel's scale: its highest figure (a range's high end) and room above it for the mark.
    private static double YMaxOf(IReadOnlyList<EstimateDates.Dated> dated) =>
        Math.Max(1, dated.Max(d => d.Count.High ?? d.Count.Value ?? d.Count.Low ?? 0) * 1.12);

    // The figures of a panel that are labelled: the current ones first, then the planned and the earlier ones; within
    // each, the latest first, so that a source's newest figure is the one that keeps its label in a crowd.
    private static HashSet<TroopCount> Labelled(HoverText hovers, IReadOnlyList<EstimateDates.Dated> dated, (DateOnly From, DateOnly To) days, double yMax, double panelHeight)
    {
        var width = Math.Max(1.0, days.To.DayNumber - days.From.DayNumber);
        var ordered = dated
            .OrderBy(d => d.Count.Status switch { EstimateStatus.Current => 0, EstimateStatus.Planned => 1, _ => 2 })
            .ThenByDescending(d => d.Date).ThenByDescending(d => YOf(d.Count))
            .ToList();
        var chosen = PointLabels.Choose(ordered.Select(d => new PointLabels.Mark(
            (d.Date.DayNumber - days.From.DayNumber) / width, YOf(d.Count) / yMax, LabelOf(hovers, d.Count).Length)).ToList(), panelHeight);
        return ordered.Where((_, i) => chosen[i]).Select(d => d.Count).ToHashSet<TroopCount>(ReferenceEqualityComparer.Instance);
    }

    // A mark's label over time: the figure and whose it is (plain text; encoded where it is drawn). A figure no one is
    // credited with names the outlet that printed it ("~8,000 · in Stars and Stripes"), so two outlets' figures tell
    // apart without a hover, in a label no longer than "unattributed" (a longer one would fit beside fewer marks).
    private static string LabelOf(HoverText hovers, TroopCount count) =>
        $"{FigureLabel(count)} · {count.AttributedTo ?? (hovers.OutletOf(count.Provenance) is { } outlet ? "in " + outlet : "unattributed")}";

    private static IEnumerable<GenericChart> OverTimeTraces(HoverText hovers, IReadOnlyList<EstimateDates.Dated> dated, HashSet<TroopCount> labelled)
    {
        var stated = dated.Where(d => d.Count.Status != EstimateStatus.Planned).ToList();
        // Unattributed figures are no one's series: nothing joins them.
        foreach (var bySource in stated.GroupBy(d => d.Source, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Key != "unattributed"))
            yield return Segment(bySource.Select(d => d.Date).ToArray(), bySource.Select(d => YOf(d.Count)).ToArray(), ChartTheme.Encode(bySource.Key),
                new Dictionary<string, object> { ["color"] = ChartTheme.MutedColor, ["width"] = 1.5, ["dash"] = "dot" });
        // A figure dated only to an interval (a month, a summit, the window its undated article was written in)
        // sits at the middle, with a line over the whole interval: the uncertainty is drawn, not hidden.
        foreach (var d in dated.Where(d => d.First != d.Last && !d.IsTarget))
            yield return Segment([d.First, d.Last], [YOf(d.Count), YOf(d.Count)], "date interval",
                new Dictionary<string, object> { ["color"] = ChartTheme.ColorOf(d.Count.Status), ["width"] = 3 }, opacity: 0.35);
        foreach (var status in new[] { EstimateStatus.Current, EstimateStatus.Earlier })
        {
            var points = stated.Where(d => d.Count.Status == status).ToList();
            if (points.Count == 0) continue;
            var trace = EstimateTrace(hovers, points.Select(p => p.Count).ToList(), points.Select(p => $"{p.Date:yyyy-MM-dd}").ToArray(),
                status, points.Select(p => p.How).ToList(), labelled);
            foreach (var t in CSharp.GenericChartExtensions.GetTraces(trace)) t.SetProperty("showlegend", false);
            yield return trace;
        }
        var planned = dated.Where(d => d.Count.Status == EstimateStatus.Planned).ToList();
        if (planned.Count == 0) yield break;
        // From when it was stated to when it is to be reached: a dashed line, apart from the stated figures' lines.
        foreach (var d in planned.Where(d => d.IsTarget && d.Stated is not null))
            yield return Segment([d.Stated!.Value, d.Date], [YOf(d.Count), YOf(d.Count)], "planned: stated to target",
                new Dictionary<string, object> { ["color"] = ChartTheme.ColorOf(EstimateStatus.Planned), ["width"] = 1.5, ["dash"] = "dash" });
        var marks = EstimateTrace(hovers, planned.Select(p => p.Count).ToList(), planned.Select(p => $"{p.Date:yyyy-MM-dd}").ToArray(),
            EstimateStatus.Planned, planned.Select(p => p.How).ToList(), labelled);
        foreach (var t in CSharp.GenericChartExtensions.GetTraces(marks))
        {
            t.SetProperty("showlegend", false);
            t.SetProperty("marker", new Dictionary<string, object>
            {
                ["size"] = 15, ["symbol"] = "star-open", ["color"] = ChartTheme.ColorOf(EstimateStatus.Planned),
                ["line"] = new Dictionary<string, object> { ["color"] = ChartTheme.ColorOf(EstimateStatus.Planned), ["width"] = 2 },
            });
        }
        yield return marks;
    }

    private static GenericChart Segment(DateOnly[] x, double[] y, string name, Dictionary<string, object> line, double opacity = 1)
    {
        var chart = CSharp.Chart.Line<string, double, string>(x.Select(d => $"{d:yyyy-MM-dd}").ToArray(), y, Name: name);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("line", line);
            if (opacity < 1) trace.SetProperty("opacity", opacity);
            trace.SetProperty("showlegend", false);
            trace.SetProperty("hoverinfo", "skip");
        }
        return chart;
    }

    private static double YOf(TroopCount count) => count.Value ?? count.Low ?? count.High ?? 0;

    private static DateOnly Min(DateOnly a, DateOnly? b) => b is { } v && v < a ? v : a;

    private static DateOnly Max(DateOnly a, DateOnly? b) => b is { } v && v > a ? v : a;

    // Over time (labelled given), each label names its source too, and only the labelled figures have one.
    private static GenericChart EstimateTrace(HoverText hovers, IReadOnlyList<TroopCount> counts, string[] x, EstimateStatus status, IReadOnlyList<string>? dated,
        HashSet<TroopCount>? labelled = null, string[]? text = null)
    {
        var color = ChartTheme.ColorOf(status);
        // A point sits at the figure (or the low end of a range) and its error bar reaches the high end.
        var y = counts.Select(c => c.Value ?? c.Low ?? c.High ?? 0).ToArray();
        var plus = counts.Select((c, i) => c.High is { } high && c.Value is null ? high - y[i] : 0).ToArray();
        var labels = text ?? (labelled is null
            ? ByFigure(counts, x)
            : counts.Select(c => labelled.Contains(c) ? ChartTheme.Encode(LabelOf(hovers, c)) : "").ToArray());
        var hover = counts.Select((c, i) => hovers.Of(c, dated?[i])).ToArray();
        var chart = CSharp.Chart.Point<string, double, string>(x, y, Name: StatusName(status), MultiText: labels);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("mode", "markers+text");
            trace.SetProperty("textposition", "middle right");
            trace.SetProperty("textfont", new Dictionary<string, object> { ["color"] = status == EstimateStatus.Earlier ? "#6b7280" : ChartTheme.TextColor, ["size"] = 12 });
            trace.SetProperty("hovertext", hover);
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("legendgroup", Words.Of(status));
            trace.SetProperty("cliponaxis", false);
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["size"] = 14,
                ["color"] = status == EstimateStatus.Earlier ? "white" : color,
                ["line"] = new Dictionary<string, object> { ["color"] = color, ["width"] = 2.5 },
                ["symbol"] = counts.Select(SymbolOf).ToArray(),
            });
            if (plus.Any(p => p > 0))
                trace.SetProperty("error_y", new Dictionary<string, object>
                {
                    ["type"] = "data", ["symmetric"] = false, ["array"] = plus, ["arrayminus"] = plus.Select(_ => 0.0).ToArray(),
                    ["color"] = color, ["thickness"] = 2.5, ["width"] = 8,
                });
        }
        return chart;
    }

    // By source, a figure one source gave in several reports (a headline, its body, the outlets that relay it) sits on
    // one spot: its label is written once, with how many reports it stands for, not once a report on top of itself.
    private static string[] ByFigure(IReadOnlyList<TroopCount> counts, string[] x)
    {
        var labels = counts.Select(FigureLabel).ToArray();
        var reports = new Dictionary<(string, string), int>();
        for (var i = 0; i < counts.Count; i++)
            reports[(x[i], labels[i])] = reports.GetValueOrDefault((x[i], labels[i])) + 1;
        var written = new HashSet<(string, string)>();
        return labels.Select((label, i) => !written.Add((x[i], label)) ? ""
            : reports[(x[i], label)] is var n && n > 1 ? $"{label} ({n} reports)" : label).ToArray();
    }

    private static string StatusName(EstimateStatus status) => status switch
    {
        EstimateStatus.Current => "current estimate",
        EstimateStatus.Earlier => "earlier estimate (superseded)",
        _ => "planned or intended",
    };

    private static string SourceOf(TroopCount count) => ChartTheme.Encode(count.AttributedTo ?? "unattributed");

    /// <summary>The figure as a short label: "~10,000", "≥ 3,000", "1,500–3,000", "12 million".</summary>
    internal static string FigureLabel(TroopCount count) => Figures.Label(count.Value, count.Low, count.High, count.Hedge);

    private static string SymbolOf(TroopCount count) => count.Hedge switch
    {
        Hedge.AtLeast => "triangle-up",
        Hedge.AtMost => "triangle-down",
        Hedge.Range => "line-ew",
        Hedge.Vague or Hedge.Possible => "diamond",
        _ => "circle",
    };

    /// <summary>
    /// Legend entries that draw nothing: a circle in each status's colour, then each hedge's shape
    /// (a circle needs no explaining). A range's legend mark is its bar's end.
    /// </summary>
    private static IEnumerable<GenericChart> Key(IEnumerable<TroopCount> counts)
    {
        var present = counts.ToList();
        foreach (var status in Enum.GetValues<EstimateStatus>().Where(s => present.Any(c => c.Status == s)))
        {
            var color = ChartTheme.ColorOf(status);
            yield return KeyTrace(StatusName(status), "circle", status == EstimateStatus.Earlier ? "white" : color, color, Words.Of(status));
        }
        var hedges = present.Select(c => c.Hedge).ToHashSet();
        if (hedges.Contains(Hedge.AtLeast)) yield return KeyTrace("at least", "triangle-up", ChartTheme.MutedColor, ChartTheme.MutedColor, null);
        if (hedges.Contains(Hedge.AtMost)) yield return KeyTrace("at most", "triangle-down", ChartTheme.MutedColor, ChartTheme.MutedColor, null);
        if (hedges.Overlaps([Hedge.Vague, Hedge.Possible])) yield return KeyTrace("vague or possible", "diamond", ChartTheme.MutedColor, ChartTheme.MutedColor, null);
        if (hedges.Contains(Hedge.Range)) yield return KeyTrace("range, drawn low to high", "line-ew", ChartTheme.MutedColor, ChartTheme.MutedColor, null);
    }

    private static GenericChart KeyTrace(string name, string symbol, string fill, string line, string? group)
    {
        var chart = CSharp.Chart.Point<double, double, string>(Array.Empty<double>(), Array.Empty<double>(), Name: name);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            // A point at null draws nothing but still gets a legend entry; clicking a status hides its marks.
            trace.SetProperty("x", new object?[] { null });
            trace.SetProperty("y", new object?[] { null });
            trace.SetProperty("showlegend", true);
            trace.SetProperty("hoverinfo", "skip");
            if (group is not null) trace.SetProperty("legendgroup", group);
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["size"] = 12, ["symbol"] = symbol, ["color"] = fill,
                ["line"] = new Dictionary<string, object> { ["color"] = line, ["width"] = 2.5 },
            });
        }
        return chart;
    }

    private static string AxisKey(string axis) => axis[0] + "axis" + axis[1..];

    // A chart with nothing to draw: its title and, in the middle, why. No axes: with no data plotly draws an empty grid
    // and writes the x axis title at the top of the chart, beside the chart's own title.
    private static GenericChart Empty(GenericChart chart, string message, string title)
    {
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        layout.SetProperty("annotations", new[] { ChartTheme.Note(ChartTheme.Encode(message), 0.5, 0.5, "center", "middle", muted: true) });
        layout.SetProperty("xaxis", new Dictionary<string, object> { ["visible"] = false });
        layout.SetProperty("yaxis", new Dictionary<string, object> { ["visible"] = false });
        return ChartTheme.Apply(chart, title, height: 300);
    }
}
