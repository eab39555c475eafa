using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis;

public static partial class Charts
{
    /// <summary>
    /// How often each canonical source is cited: mentions, and facts attributed to it, coloured by
    /// the kind of source, most cited at the top.
    /// </summary>
    public static GenericChart SourceFrequencies(Findings findings, int top = 25)
    {
        var sources = findings.Sources
            .OrderByDescending(s => s.Mentions).ThenByDescending(s => s.AttributedFacts).ThenBy(s => s.Source, StringComparer.Ordinal)
            .Take(top)
            .Reverse() // plotly draws the first category at the bottom
            .ToList();
        var names = sources.Select(s => ChartTheme.Encode(s.Source)).ToArray();
        var colors = sources.Select(s => ChartTheme.ColorOf(s.Kind)).ToArray();
        var hover = sources.Select(s =>
            $"<b>{ChartTheme.Encode(s.Source)}</b><br>{Words.Of(s.Kind)}{(s.Country is null ? "" : ", " + ChartTheme.Encode(s.Country))}<br>" +
            $"{s.Mentions} mentions in {s.Documents} document(s), {s.AttributedFacts} attributed fact(s)").ToArray();

        var mentions = Bars(names, sources.Select(s => s.Mentions), "mentions", colors, hover, opacity: 1.0, pattern: "");
        var facts = Bars(names, sources.Select(s => s.AttributedFacts), "attributed facts", colors, hover, opacity: 0.55, pattern: "/");
        var chart = CSharp.Chart.Combine([mentions, facts]);
        CSharp.GenericChartExtensions.GetLayout(chart).SetProperty("barmode", "group");
        return ChartTheme.Apply(chart, "Who is cited, and how often", "Count", "Source", height: Math.Max(360, 60 + 44 * sources.Count));
    }

    private static GenericChart Bars(string[] names, IEnumerable<int> values, string name, string[] colors, string[] hover, double opacity, string pattern)
    {
        var chart = CSharp.Chart.Bar<int, string, string>(values.ToArray(), Keys: names, Name: name, MultiText: hover);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("textposition", "none"); // the hover text is for hovering, not for the bars
            trace.SetProperty("marker", new Dictionary<string, object>
            {
                ["color"] = colors,
                ["opacity"] = opacity,
                ["pattern"] = new Dictionary<string, object> { ["shape"] = pattern },
                ["line"] = new Dictionary<string, object> { ["color"] = colors, ["width"] = 1 },
            });
        }
        return chart;
    }
}
