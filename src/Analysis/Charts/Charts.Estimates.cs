using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis;

/// <summary>Chart builders of the kit, one file per family. Each takes findings and returns a themed chart.</summary>
public static partial class Charts
{
    /// <summary>
    /// Troop-count estimates by the source they are attributed to. Ranges are drawn from low to high;
    /// "more than" and "up to" figures point the way they are open. Current, earlier and planned
    /// figures are separate traces. Whole-army figures are left to <see cref="ArmySize"/>, so that
    /// a roster of millions does not flatten deployments of thousands.
    /// </summary>
    public static GenericChart TroopEstimates(Findings findings)
    {
        var counts = findings.TroopCounts.Where(c => c.Kind != TroopKind.ArmySize).ToList();
        var traces = Enum.GetValues<EstimateStatus>()
            .Select(status => (status, points: counts.Where(c => c.Status == status).ToList()))
            .Where(t => t.points.Count > 0)
            .Select(t => EstimateTrace(t.points, Words.Of(t.status), ChartTheme.ColorOf(t.status), t.status == EstimateStatus.Earlier))
            .ToList();
        if (traces.Count == 0) traces.Add(EmptyTrace());
        return ChartTheme.Apply(CSharp.Chart.Combine(traces), "Troop-count estimates by source", "Attributed to", "Troops");
    }

    /// <summary>Figures that count a whole army or roster, on their own scale.</summary>
    public static GenericChart ArmySize(Findings findings)
    {
        var counts = findings.TroopCounts.Where(c => c.Kind == TroopKind.ArmySize).ToList();
        var trace = counts.Count == 0 ? EmptyTrace() : EstimateTrace(counts, "army size", ChartTheme.MutedColor, hollow: false);
        return ChartTheme.Apply(trace, "Size of the whole army, as reported", "Attributed to", "Soldiers", height: 360);
    }

    private static GenericChart EstimateTrace(IReadOnlyList<TroopCount> counts, string name, string color, bool hollow)
    {
        // A point sits at the figure (or the low end of a range) and its error bar reaches the high end.
        var y = counts.Select(c => c.Value ?? c.Low ?? c.High ?? 0).ToArray();
        var plus = counts.Select((c, i) => c.High is { } high && c.Value is null ? high - y[i] : 0).ToArray();
        var x = counts.Select(c => ChartTheme.Encode(c.AttributedTo ?? "unattributed")).ToArray();
        var chart = CSharp.Chart.Point<string, double, string>(x, y, Name: name, MultiText: counts.Select(HoverText.Of).ToArray());
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["size"] = 14,
                ["color"] = hollow ? "white" : color,
                ["line"] = new Dictionary<string, object> { ["color"] = color, ["width"] = 2 },
                ["symbol"] = counts.Select(SymbolOf).ToArray(),
            });
            if (plus.Any(p => p > 0))
                trace.SetProperty("error_y", new Dictionary<string, object>
                {
                    ["type"] = "data", ["symmetric"] = false, ["array"] = plus, ["arrayminus"] = plus.Select(_ => 0.0).ToArray(),
                    ["color"] = color, ["thickness"] = 2, ["width"] = 6,
                });
        }
        return chart;
    }

    private static string SymbolOf(TroopCount count) => count.Hedge switch
    {
        Hedge.AtLeast => "triangle-up",
        Hedge.AtMost => "triangle-down",
        Hedge.Range => "line-ew",
        Hedge.Vague or Hedge.Possible => "diamond",
        _ => "circle",
    };

    // An invisible trace keeps the axes and title when there is nothing to plot.
    private static GenericChart EmptyTrace() =>
        CSharp.Chart.Point<string, double, string>(Array.Empty<string>(), Array.Empty<double>(), Name: "no figures found");
}
