using System.Globalization;
using Analysis.Claims;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;
using Plotly.NET.LayoutObjects;
using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis.Charts;

public static partial class Charts
{
    private const string ClaimsTitle = "Troops sent: claims over time";
    private const int ClaimsHeight = 520;
    private const double LabelHeight = 20; // pixels kept between two labels' centres (12 px font)

    /// <summary>
    /// Estimates of the troops sent as claims, not mentions: one colour per origin (legend), each claim a
    /// thick line from its first to its last report, an origin's revisions (and nothing else) joined by a dotted line, a range as
    /// an error bar from its low to its high end, contradictions as a red dashed bar between the two claims on
    /// the day both stood. Hover on a mark for the claim's reports (day, outlet, sentence). One label per
    /// origin (its latest figure), placed so that labels neither overlap nor leave the plot. Only current
    /// figures with a dated report are drawn: the axis title counts the earlier, planned and undated claims left out.
    /// </summary>
    public static GenericChart ClaimsOverTime(Findings findings)
    {
        var set = ClaimSet.Of(findings);
        var all = set.Claims.Where(c => c.Kind == TroopKind.Deployment && c.Status == EstimateStatus.Current).ToList();
        var claims = all.Where(c => c.FirstPublished is not null).ToList();
        var xTitle = "Day of report" + LeftOut(set.Claims, all.Count - claims.Count);
        if (claims.Count == 0)
            return TypedEmpty("No claim of troops sent has a dated report: give the articles a published date in manifest.json.", ClaimsTitle);

        var colors = new ClaimColors(set);
        var hover = new HoverText(findings.Corpus);
        var origins = claims.GroupBy(c => c.Origin ?? "unattributed", StringComparer.Ordinal).ToList();
        var traces = new List<GenericChart>();
        foreach (var origin in origins)
        {
            var color = colors.Of(origin.First().Origin);
            var list = origin.OrderBy(c => c.FirstPublished).ToList();
            var name = ChartTheme.Encode(origin.Key);
            // Each claim's span, one segment per claim (a missing x breaks the line between them).
            traces.Add(Segments(list.SelectMany(c => new (DateOnly?, double)[] { (c.FirstPublished, Y(c)), (c.LastPublished, Y(c)), (null, Y(c)) }),
                name, color, width: 5, StyleParam.DrawingStyle.Solid));
            // Only revisions are joined: claims with no origin are no one voice, and an origin's claims about two forces
            // (its count of one army and of another) are not one figure changed.
            var revised = set.Revisions.Where(r => list.Contains(r.From) && list.Contains(r.To)).ToList();
            if (revised.Count > 0)
                traces.Add(Segments(revised.SelectMany(r => new (DateOnly?, double)[] { (r.From.LastPublished, Y(r.From)), (r.To.FirstPublished, Y(r.To)), (null, 0) }),
                    name, color, width: 1.5, StyleParam.DrawingStyle.Dot));
            traces.Add(ClaimMarks(list, name, color, hover));
        }
        if (set.Contradictions.Where(c => claims.Contains(c.First) && claims.Contains(c.Second)).ToList() is { Count: > 0 } contradictions)
            traces.Add(ContradictionMarks(contradictions));

        var first = claims.Min(c => c.FirstPublished)!.Value;
        var last = claims.Max(c => c.LastPublished)!.Value;
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        var pad = Math.Max(1, (int)Math.Ceiling(span * 0.1));
        var (from, to) = (first.AddDays(-pad), last.AddDays(pad));
        var top = claims.Max(c => c.High ?? c.Value ?? c.Low ?? 0);
        var yMax = Math.Max(1, top * 1.2);
        var legendRows = 1 + (origins.Count + 1) / 4;
        var chart = ChartTheme.Themed(CSharp.Chart.Combine(traces), ClaimsTitle, ClaimsHeight, legendRows);
        chart = Chart.withXAxis(ChartTheme.Axis(xTitle, ClaimDays(from, to)), null).Invoke(chart);
        chart = Chart.withYAxis(ChartTheme.Axis("Troops", new { Range = StyleParam.Range.NewMinMax(0.0, yMax), SeparateThousands = true }), null).Invoke(chart);
        var plotHeight = ClaimsHeight - (70 + 22 * legendRows) - 60.0;
        return Chart.withAnnotations(Labels(origins.Select(o => o.OrderBy(c => c.LastPublished).Last()).ToList(), colors, (from, to), yMax, plotHeight), null).Invoke(chart);
    }

    // The claims chart's x axis. Day data, day ticks: never hours. Up to two months, about eight ticks, days a fixed number
    // apart; over a longer span, the first of every month (or every second, third… month), so that a story followed for
    // months is read by its months and not by days such as "Jun 16", "Jul 19".
    private static Dictionary<string, object?> ClaimDays(DateOnly from, DateOnly to)
    {
        var axis = new Dictionary<string, object?> { ["AxisType"] = StyleParam.AxisType.Date, ["Range"] = StyleParam.Range.NewMinMax(Day(from), Day(to)) };
        var days = to.DayNumber - from.DayNumber;
        if (days <= 62)
        {
            axis["DTick"] = 86_400_000.0 * Math.Max(1, (int)Math.Ceiling(days / 8.0));
            axis["Tick0"] = Day(from);
            axis["TickFormat"] = "%b %d<br>%Y";
            return axis;
        }
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        axis["DTick"] = $"M{Math.Max(1, (int)Math.Ceiling(months / 12.0))}"; // month labels are short: up to twelve
        axis["Tick0"] = Day(new DateOnly(from.Year, from.Month, 1));
        axis["TickFormat"] = "%b<br>%Y";
        return axis;
    }

    // What the chart leaves out of the claims of troops sent, so that a reader who counts the Claims table's rows
    // is not left to guess: superseded and planned figures (drawn in the estimates charts), and undated claims.
    private static string LeftOut(IReadOnlyList<Claim> claims, int undated)
    {
        var sent = claims.Where(c => c.Kind == TroopKind.Deployment).ToList();
        var earlier = sent.Count(c => c.Status == EstimateStatus.Earlier);
        var planned = sent.Count(c => c.Status == EstimateStatus.Planned);
        var parts = new List<string>();
        if (earlier > 0) parts.Add($"{earlier} earlier (superseded) figure(s)");
        if (planned > 0) parts.Add($"{planned} planned figure(s)");
        if (undated > 0) parts.Add($"{undated} claim(s) with no dated report");
        return parts.Count == 0 ? "" : $" · not drawn: {string.Join(", ", parts)}, all in the claims table";
    }

    // Where a claim is drawn: its value, or the low end of its range (the error bar reaches the high end).
    private static double Y(Claim c) => c.Value ?? c.Low ?? c.High ?? 0;

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static GenericChart Segments(IEnumerable<(DateOnly? X, double Y)> points, string name, string color, double width, StyleParam.DrawingStyle dash)
    {
        var list = points.ToList();
        var chart = CSharp.Chart.Scatter<string, double, string>(list.Select(p => Day(p.X)!).ToArray(), list.Select(p => p.Y).ToArray(), StyleParam.Mode.Lines,
            Name: name, ShowLegend: false, LineColor: Color.fromString(color), LineWidth: width, LineDash: dash, UseDefaults: false);
        chart = CSharp.GenericChartExtensions.WithTraceInfo(chart, LegendGroup: name);
        return GenericChart.mapTrace(Named.TraceStyle("TextLabel", new { HoverInfo = StyleParam.HoverInfo.Skip }), chart);
    }

    // The marks of an origin's claims, at the first and (when later) the last report, with the claim in the hover.
    private static GenericChart ClaimMarks(List<Claim> claims, string name, string color, HoverText hover)
    {
        var marks = claims.SelectMany(c => c.LastPublished == c.FirstPublished ? new[] { (c, c.FirstPublished) } : [(c, c.FirstPublished), (c, c.LastPublished)]).ToList();
        var chart = CSharp.Chart.Scatter<string, double, string>(marks.Select(m => Day(m.Item2)!).ToArray(), marks.Select(m => Y(m.c)).ToArray(), StyleParam.Mode.Markers,
            Name: name, ShowLegend: true, MarkerColor: Color.fromString(color), Marker: Named.Init<Plotly.NET.TraceObjects.Marker>(new
            {
                Size = 11, Color = Color.fromString(color),
                Outline = Named.Init<Line>(new { Color = Color.fromString("white"), Width = 1.5 }),
                MultiSymbol = marks.Select(m => SymbolOf(m.c.Hedge)).ToArray(),
            }), UseDefaults: false);
        chart = CSharp.GenericChartExtensions.WithTraceInfo(chart, LegendGroup: name);
        chart = GenericChart.mapTrace(Named.TraceStyle("TextLabel", new
        {
            MultiHoverText = marks.Select(m => hover.Of(m.c)).ToArray(), HoverTemplate = HoverText.Template,
        }), chart);
        var plus = marks.Select(m => m.c.Value is null && m.c.High is { } high ? high - Y(m.c) : 0).ToArray();
        if (plus.Any(p => p > 0))
            chart = GenericChart.mapTrace(Named.TraceStyle("YError", new
            {
                Type = StyleParam.ErrorType.Data, Symmetric = false, Array = plus, Arrayminus = plus.Select(_ => 0.0).ToArray(),
                Color = Color.fromString(color), Thickness = 3.0, Width = 8.0,
            }), chart);
        return chart;
    }

    private static StyleParam.MarkerSymbol SymbolOf(Hedge hedge) => hedge switch
    {
        Hedge.AtLeast => StyleParam.MarkerSymbol.TriangleUp,
        Hedge.AtMost => StyleParam.MarkerSymbol.TriangleDown,
        Hedge.Vague or Hedge.Possible => StyleParam.MarkerSymbol.Diamond,
        _ => StyleParam.MarkerSymbol.Circle,
    };

    // A red dashed bar between two claims that cannot both be true, on the first day both stood, and an ✕ in its middle.
    private static GenericChart ContradictionMarks(IReadOnlyList<Contradiction> contradictions)
    {
        const string name = "contradiction";
        const string red = "#b91c1c";
        var day = contradictions.Select(c => Max(c.First.FirstPublished!.Value, c.Second.FirstPublished!.Value)).ToList();
        var bars = CSharp.Chart.Scatter<string, double, string>(
            contradictions.SelectMany((c, i) => new[] { Day(day[i])!, Day(day[i])!, null! }).ToArray(),
            contradictions.SelectMany(c => new[] { Y(c.First), Y(c.Second), 0 }).ToArray(), StyleParam.Mode.Lines,
            Name: name, ShowLegend: false, LineColor: Color.fromString(red), LineWidth: 2, LineDash: StyleParam.DrawingStyle.Dash, UseDefaults: false);
        bars = GenericChart.mapTrace(Named.TraceStyle("TextLabel", new { HoverInfo = StyleParam.HoverInfo.Skip }), CSharp.GenericChartExtensions.WithTraceInfo(bars, LegendGroup: name));
        var marks = CSharp.Chart.Scatter<string, double, string>(day.Select(d => Day(d)!).ToArray(),
            contradictions.Select(c => (Y(c.First) + Y(c.Second)) / 2).ToArray(), StyleParam.Mode.Markers,
            Name: "contradiction (different origins, both standing)", ShowLegend: true, MarkerColor: Color.fromString(red),
            MarkerSymbol: StyleParam.MarkerSymbol.X, Marker: Named.Init<Plotly.NET.TraceObjects.Marker>(new { Size = 10, Color = Color.fromString(red) }), UseDefaults: false);
        marks = GenericChart.mapTrace(Named.TraceStyle("TextLabel", new
        {
            MultiHoverText = contradictions.Select(c =>
                $"<b>Contradiction</b><br>{ChartTheme.Encode(c.First.Origin!)}: {ChartTheme.Encode(c.First.Figure)} (claim {c.First.Id}, from {Day(c.First.FirstPublished)})<br>" +
                $"{ChartTheme.Encode(c.Second.Origin!)}: {ChartTheme.Encode(c.Second.Figure)} (claim {c.Second.Id}, from {Day(c.Second.FirstPublished)})").ToArray(),
            HoverTemplate = HoverText.Template,
        }), CSharp.GenericChartExtensions.WithTraceInfo(marks, LegendGroup: name));
        return CSharp.Chart.Combine([bars, marks]);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// One label per origin, its latest claim's figure beside the claim's last report. Labels are laid out in
    /// pixels: the y axis range and the plot's height are fixed, so each point's height on screen is known;
    /// labels go just above their points and are pushed apart to <see cref="LabelHeight"/> and kept inside the
    /// plot. When there are more origins than fit, the most reported keep theirs (hover shows every claim).
    /// </summary>
    private static IEnumerable<Annotation> Labels(List<Claim> latest, ClaimColors colors, (DateOnly From, DateOnly To) x, double yMax, double plotHeight)
    {
        var fit = (int)Math.Floor((plotHeight - 16) / LabelHeight);
        var chosen = latest.OrderByDescending(c => c.Mentions.Count).ThenBy(c => c.Id, StringComparer.Ordinal).Take(Math.Max(0, fit))
            .Select(c => (Claim: c, Point: plotHeight * (1 - Y(c) / yMax))).OrderBy(l => l.Point).ToList();
        // Wanted: the label's centre 14 px above its point; then pushed down where two come too close, then
        // the whole column pulled back up if it runs off the bottom; the top edge is kept too.
        var centres = chosen.Select(l => l.Point - 14).ToArray();
        for (var i = 0; i < centres.Length; i++)
            centres[i] = Math.Max(centres[i], i == 0 ? 10 : centres[i - 1] + LabelHeight);
        for (var i = centres.Length - 1; i >= 0; i--)
            centres[i] = Math.Min(centres[i], i == centres.Length - 1 ? plotHeight - 10 : centres[i + 1] - LabelHeight);
        var width = Math.Max(1, x.To.DayNumber - x.From.DayNumber);
        for (var i = 0; i < chosen.Count; i++)
        {
            var (claim, point) = chosen[i];
            var day = claim.LastPublished!.Value;
            // Near the right edge the label sits to the left of its point, near the left edge to the right.
            var at = (day.DayNumber - x.From.DayNumber) / (double)width;
            var anchor = at > 0.8 ? StyleParam.XAnchorPosition.Right : at < 0.2 ? StyleParam.XAnchorPosition.Left : StyleParam.XAnchorPosition.Center;
            yield return Named.Init<Annotation>(new
            {
                X = Day(day), Y = Y(claim), XRef = "x", YRef = "y",
                Text = $"<b>{ChartTheme.Encode(claim.Figure)}</b>",
                ShowArrow = true, ArrowSize = 0.5, ArrowColor = Color.fromString(ChartTheme.MutedColor), AX = 0, AY = (int)Math.Round(centres[i] - point),
                XAnchor = anchor, YAnchor = StyleParam.YAnchorPosition.Middle,
                Font = ChartTheme.TypedFont(12, colors.Of(claim.Origin)),
                BGColor = Color.fromString("rgba(255,255,255,0.85)"),
                HoverText = ChartTheme.Encode($"{claim.Origin ?? "unattributed"}: {claim.Figure} (claim {claim.Id})"),
            });
        }
    }

    /// <summary>
    /// Who relays whom, as a Sankey diagram: origins on the left, the voices their figures came through
    /// (lawmakers, a wire service) in the middle, the outlets that published them on the right; each band
    /// as wide as the number of troop-count reports that took that path, in the origin's colour.
    /// </summary>
    public static GenericChart CitationNetwork(Findings findings)
    {
        const string title = "Who relays whom: origin → via → publishing outlet";
        var set = ClaimSet.Of(findings);
        if (set.Citations.Count == 0)
            return TypedEmpty("No attributed figure was found, so there is no one to relay.", title);

        var colors = new ClaimColors(set);
        var nodes = new List<(string Label, string Color)>();
        var index = new Dictionary<(string, int), int>();
        int Node(string name, int column, string color)
        {
            if (!index.TryGetValue((name, column), out var i))
            {
                index[(name, column)] = i = nodes.Count;
                nodes.Add((name, color));
            }
            return i;
        }
        // Columns: 0 origins, 1.. voices on the way (by distance from the origin), int.MaxValue outlets.
        var links = new Dictionary<(int Source, int Target), (int Mentions, string Origin)>();
        // Voices named together ("lawmakers Lee and Park") are one step of a path, not one relaying the other.
        var relays = RelaySteps.Of(findings);
        foreach (var edge in set.Citations)
        {
            var path = new List<int> { Node(edge.Origin, 0, colors.Of(edge.Origin)) };
            var steps = relays.Of(edge.Via);
            path.AddRange(steps.Select((v, i) => Node(v, i + 1, "#64748b")));
            path.Add(Node(OutletLabel(edge.Outlet), int.MaxValue, "#1f2937"));
            for (var i = 0; i + 1 < path.Count; i++)
            {
                var key = (path[i], path[i + 1]);
                links[key] = links.TryGetValue(key, out var l) ? (l.Mentions + edge.Mentions, l.Origin) : (edge.Mentions, edge.Origin);
            }
        }
        var linkList = links.ToList();

        // A short label for the articles with no outlet in their metadata: plotly writes the last column's labels to
        // the left of their nodes, over the voices before them.
        static string OutletLabel(string? outlet) => outlet ?? CitationEdge.OutletNotGiven;
        var sankeyNodes = Named.Init<Plotly.NET.TraceObjects.SankeyNodes>(new
        {
            Label = nodes.Select(n => ChartTheme.Encode(n.Label)).ToArray(),
            Color = Color.fromColors(nodes.Select(n => Color.fromString(n.Color))),
            Pad = 18, Thickness = 16,
            HoverTemplate = "<b>%{label}</b><br>%{value} report(s)<extra></extra>",
        });
        var sankeyLinks = Named.Init<Plotly.NET.TraceObjects.SankeyLinks>(new
        {
            Source = linkList.Select(l => l.Key.Source).ToArray(),
            Target = linkList.Select(l => l.Key.Target).ToArray(),
            Value = linkList.Select(l => l.Value.Mentions).ToArray(),
            Color = Color.fromColors(linkList.Select(l => Color.fromString(ClaimColors.Faded(colors.Of(l.Value.Origin), 0.35)))),
            HoverTemplate = "%{source.label} → %{target.label}<br>%{value} report(s)<extra></extra>",
        });
        var chart = CSharp.Chart.Sankey<string>(sankeyNodes, sankeyLinks, Name: "citations", Arrangement: StyleParam.CategoryArrangement.Snap, UseDefaults: false);
        var tallest = index.Keys.GroupBy(k => k.Item2).Max(g => g.Count());
        return ChartTheme.Themed(chart, title, Math.Max(380, 150 + 34 * tallest));
    }

    // A chart with nothing to draw, in the typed style: its title, and a line in the middle saying why.
    private static GenericChart TypedEmpty(string message, string title)
    {
        var chart = CSharp.Chart.Scatter<double, double, string>(Array.Empty<double>(), Array.Empty<double>(), StyleParam.Mode.Markers, Name: "nothing to show", UseDefaults: false);
        chart = ChartTheme.Themed(chart, title, 300);
        // No axes, as in Charts.Empty: with no data plotly would draw an empty grid and write the x title at the top.
        chart = Chart.withXAxis(ChartTheme.Axis(null, new { Visible = false }), null).Invoke(chart);
        chart = Chart.withYAxis(ChartTheme.Axis(null, new { Visible = false }), null).Invoke(chart);
        return Chart.withAnnotations([Named.Init<Annotation>(new
        {
            Text = ChartTheme.Encode(message), X = 0.5, Y = 0.5, XRef = "paper", YRef = "paper", ShowArrow = false,
            Font = ChartTheme.TypedFont(12, "#6b7280"),
        })], null).Invoke(chart);
    }
}
