using System.Globalization;
using Plotly.NET;
using CSharp = Plotly.NET.CSharp;

namespace Analysis.Charts;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

public static partial class Charts
{
    /// <summary>
    /// How often each canonical source is cited, most cited at the top: a bar of mentions coloured by the
    /// kind of source (one legend entry per kind, so the colours explain themselves), and under it a
    /// thinner dark bar of the facts attributed to that source. Each bar is labelled with its count.
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
                "No cited source was found in these documents.", title);

        // Facts first: in horizontal bars the first slot is drawn lowest, so each source's mentions sit
        // above its facts. legendrank keeps the facts last in the legend all the same.
        var hover = SourceHover(findings);
        var traces = new List<GenericChart>
        {
            Bars(sources, hover, s => s.AttributedFacts, "facts attributed to the source", new Dictionary<string, object>
            {
                ["color"] = ChartTheme.FactsColor, ["opacity"] = 0.9,
            }, "facts", legendRank: 2000),
        };
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            var ofKind = sources.Where(s => s.Kind == kind).ToList();
            if (ofKind.Count == 0) continue;
            var color = ChartTheme.ColorOf(kind);
            traces.Add(Bars(ofKind, hover, s => s.Mentions, KindName(kind), new Dictionary<string, object>
            {
                ["color"] = color, ["opacity"] = 0.85, ["line"] = new Dictionary<string, object> { ["color"] = color, ["width"] = 1 },
            }, "mentions", legendRank: 1000 + (int)kind));
        }

        var chart = CSharp.Chart.Combine(traces);
        var layout = CSharp.GenericChartExtensions.GetLayout(chart);
        // Two slots per source: every kind's mentions share the first (offsetgroup), the facts take the second.
        layout.SetProperty("barmode", "group");
        layout.SetProperty("bargap", 0.3);
        layout.SetProperty("bargroupgap", 0.05);
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
        return ChartTheme.Apply(chart, title, "Mentions (coloured by kind of source) and facts attributed (grey)", null, height: Math.Max(360, 150 + 44 * sources.Count));
    }

    private static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.StateMedia => "state media",
        SourceKind.Outlet => "news outlet",
        SourceKind.Intercept => "intercepted communication",
        _ => Words.Of(kind),
    };

    private static GenericChart Bars(IReadOnlyList<CitedSource> sources, Func<CitedSource, string> hover, Func<CitedSource, int> value, string name, Dictionary<string, object> marker, string slot, int legendRank)
    {
        var names = sources.Select(s => ChartTheme.Encode(s.Source)).ToArray();
        var chart = CSharp.Chart.Bar<int, string, string>(sources.Select(value).ToArray(), Keys: names, Name: name);
        foreach (var trace in CSharp.GenericChartExtensions.GetTraces(chart))
        {
            trace.SetProperty("hovertext", sources.Select(hover).ToArray());
            trace.SetProperty("hovertemplate", HoverText.Template);
            trace.SetProperty("offsetgroup", slot);
            trace.SetProperty("legendrank", legendRank);
            trace.SetProperty("marker", marker);
            trace.SetProperty("text", sources.Select(s => value(s) == 0 ? "" : value(s).ToString(CultureInfo.InvariantCulture)).ToArray());
            trace.SetProperty("textposition", "outside");
            trace.SetProperty("textfont", new Dictionary<string, object> { ["size"] = 11, ["color"] = "#4b5563" });
            trace.SetProperty("cliponaxis", false);
        }
        return chart;
    }

    // Counts, then the sentence of the source's first mention, so a bar can be checked like any other mark.
    private static Func<CitedSource, string> SourceHover(Findings findings)
    {
        var quotes = new HoverText(findings.Corpus);
        var first = findings.SourceMentions.GroupBy(m => m.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return s =>
            $"<b>{ChartTheme.Encode(s.Source)}</b><br>{KindName(s.Kind)}{(s.Country is null ? "" : ", " + ChartTheme.Encode(s.Country))}<br>" +
            $"{s.Mentions} mention(s) in {s.Documents} document(s)<br>{s.AttributedFacts} fact(s) attributed to it" +
            (first.TryGetValue(s.Source, out var mention) ? $"<br>First mention: {quotes.Quote(mention.Provenance)}" : "");
    }
}
