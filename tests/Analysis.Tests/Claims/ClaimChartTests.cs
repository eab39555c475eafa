using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Claims;

using Analysis.Charts;
using Analysis.Claims;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Tests.ChartImages;
using Analysis.Tests.Corpus;

/// <summary>The claims chart and the citation network, read from their plotly JSON.</summary>
public class ClaimChartTests
{
    private static readonly Findings Findings = Analyze();

    private static Findings Analyze()
    {
        using var corpus = new TempCorpus();
        ClaimsCorpus.Write(corpus.Folder, ClaimsCorpus.All);
        return Kit.Analyze(corpus.Load());
    }

    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    [Fact]
    public void Claims_chart_has_one_legend_entry_per_origin_and_one_label_each()
    {
        var figure = Figure(Charts.ClaimsOverTime(Findings));
        var legend = figure.GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("showlegend", out var s) && s.GetBoolean()).Select(t => t.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["National Intelligence Service", "Ukrainian military intelligence", "Pentagon", "contradiction (different origins, both standing)"], legend);

        // One label per origin: its latest claim's figure, in its colour; nothing else is written on the plot.
        var labels = figure.GetProperty("layout").GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["<b>10,000</b>", "<b>~12,000</b>", "<b>~8,000</b>"], labels);
    }

    [Fact]
    public void Claims_chart_says_which_claims_of_troops_sent_it_leaves_out()
    {
        // "up from 3,000" is the spy agency's earlier figure: a claim of the table that the chart does not draw.
        Assert.Contains(ClaimSet.Of(Findings).Claims, c => c.Kind == TroopKind.Deployment && c.Status == EstimateStatus.Earlier);
        var x = Figure(Charts.ClaimsOverTime(Findings)).GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString();
        Assert.Equal(ChartTheme.Encode("Day of report · not drawn: 1 earlier (superseded) figure(s), all in the claims table"), x);
    }

    [Fact]
    public void Claims_chart_has_a_day_axis_and_the_kit_template()
    {
        var layout = Figure(Charts.ClaimsOverTime(Findings)).GetProperty("layout");
        var x = layout.GetProperty("xaxis");
        Assert.Equal("date", x.GetProperty("type").GetString());
        Assert.Equal(0, x.GetProperty("dtick").GetDouble() % 86_400_000);
        Assert.StartsWith("%b %d", x.GetProperty("tickformat").GetString());
        Assert.Equal(ChartTheme.FontFamily, layout.GetProperty("template").GetProperty("layout").GetProperty("font").GetProperty("family").GetString());
        Assert.Equal(ChartTheme.GridColor, layout.GetProperty("template").GetProperty("layout").GetProperty("xaxis").GetProperty("gridcolor").GetString());
    }

    [Fact]
    public void A_claim_s_hover_lists_every_report_with_day_and_outlet()
    {
        var data = Figure(Charts.ClaimsOverTime(Findings)).GetProperty("data").EnumerateArray();
        var marks = data.Single(t => t.GetProperty("name").GetString() == "Ukrainian military intelligence" && t.GetProperty("mode").GetString() == "markers");
        var hover = marks.GetProperty("hovertext")[0].GetString()!;
        Assert.Contains("4 report(s) in 3 document(s)", hover);
        foreach (var report in new[] { "2024-10-24 · Kyiv Independent (headline)", "2024-10-24 · Kyiv Independent:", "2024-10-28 · BBC via Reuters", "2024-10-29 · CNN via Reuters" })
            Assert.Contains(report, hover);
    }

    [Fact]
    public void A_range_claim_is_drawn_as_an_error_bar_from_its_low_to_its_high_end()
    {
        var findings = RichFindings.Make();
        var range = ClaimSet.Of(findings).Claims.Single(c => c.Hedge == Hedge.Range && c.Kind == TroopKind.Deployment);
        var data = Figure(Charts.ClaimsOverTime(findings)).GetProperty("data").EnumerateArray();
        var marks = data.Single(t => t.GetProperty("name").GetString() == ChartTheme.Encode(range.Origin!) && t.GetProperty("mode").GetString() == "markers");
        Assert.Contains(range.Low!.Value, marks.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Contains(range.High!.Value - range.Low!.Value, marks.GetProperty("error_y").GetProperty("array").EnumerateArray().Select(y => y.GetDouble()));
    }

    [Fact]
    public void Citation_network_runs_from_origins_through_vias_to_outlets_weighted_by_reports()
    {
        var trace = Figure(Charts.CitationNetwork(Findings)).GetProperty("data")[0];
        Assert.Equal("sankey", trace.GetProperty("type").GetString());
        var labels = trace.GetProperty("node").GetProperty("label").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(["BBC", "CNN", "Kyiv Independent", "National Intelligence Service", "Pentagon", "Reuters", "Ukrainian military intelligence", "Yonhap"],
            labels.Order(StringComparer.Ordinal));
        var link = trace.GetProperty("link");
        var sources = link.GetProperty("source").EnumerateArray().Select(s => labels[s.GetInt32()]).ToList();
        var targets = link.GetProperty("target").EnumerateArray().Select(s => labels[s.GetInt32()]).ToList();
        var values = link.GetProperty("value").EnumerateArray().Select(v => v.GetInt32()).ToList();
        int Value(string from, string to) => values[Enumerable.Range(0, values.Count).Single(i => sources[i] == from && targets[i] == to)];
        Assert.Equal(3, Value("Ukrainian military intelligence", "Kyiv Independent")); // headline, body, officers
        Assert.Equal(3, Value("Ukrainian military intelligence", "Reuters"));
        Assert.Equal(2, Value("Reuters", "CNN"));
        // Every attributed report flows out of its origin once.
        var origins = ClaimSet.Of(Findings).Claims.Select(c => c.Origin).OfType<string>().ToHashSet();
        Assert.Equal(ClaimSet.Of(Findings).Counts.Count(c => c.Claim.Origin is not null), Enumerable.Range(0, values.Count).Where(i => origins.Contains(sources[i])).Sum(i => values[i]));
    }

    [Fact]
    public void Voices_an_article_names_together_relay_side_by_side_not_one_through_the_other()
    {
        // Two lawmakers briefed together pass the agency's figure on as one step: "Lee and Park" between the agency and
        // the outlet, not the agency → Lee → Park as if one had told the other. The bundled seed has this shape.
        using var corpus = new TempCorpus();
        corpus.Write("briefing.txt", "Lawmakers say troops trained\n\nSouth Korean lawmakers told Yonhap that about 10,000 North Korean troops are training in Russia's far east.\n\n" +
            "Lawmakers Lee Seong-kweun and Park Sun-won, after being briefed by the National Intelligence Service, said the soldiers were learning Russian commands.\n");
        var findings = Kit.Analyze(corpus.Load());
        Assert.Contains(ClaimSet.Of(findings).Citations, e => e.Via.SequenceEqual(["Lee Seong-kweun", "Park Sun-won", "Yonhap"]));

        var trace = Figure(Charts.CitationNetwork(findings)).GetProperty("data")[0];
        var labels = trace.GetProperty("node").GetProperty("label").EnumerateArray().Select(l => l.GetString()!).ToList();
        var link = trace.GetProperty("link");
        var pairs = link.GetProperty("source").EnumerateArray().Zip(link.GetProperty("target").EnumerateArray(), (s, t) => (labels[s.GetInt32()], labels[t.GetInt32()])).ToList();
        Assert.Contains(("National Intelligence Service", "Lee Seong-kweun and Park Sun-won"), pairs);
        Assert.Contains(("Lee Seong-kweun and Park Sun-won", "Yonhap"), pairs);
        Assert.DoesNotContain(pairs, p => p.Item1 == "Lee Seong-kweun" || p.Item2 == "Park Sun-won");
    }

    [Fact]
    public void A_relay_that_names_the_voice_before_it_stays_a_step_of_its_own()
    {
        // Near miss: Yonhap citing a lawmaker is a chain (the lawmaker told Yonhap), not two voices named together.
        using var corpus = new TempCorpus();
        corpus.Write("cited.txt", "Troops trained, lawmaker says\n\nAbout 10,000 North Korean troops are training in Russia, the National Intelligence Service told lawmaker Park Sun-won, Yonhap reported.\n");
        var findings = Kit.Analyze(corpus.Load());
        var trace = Figure(Charts.CitationNetwork(findings)).GetProperty("data")[0];
        var labels = trace.GetProperty("node").GetProperty("label").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.DoesNotContain(labels, l => l.Contains(" and "));
    }

    [Fact]
    public void An_article_with_no_outlet_is_shown_as_such_not_by_its_file_id()
    {
        using var corpus = new TempCorpus();
        corpus.Write("000_a1b2c3.txt", "Troops reach the front\n\nAbout 3,000 North Korean soldiers have reached Kursk, the Pentagon said, according to Yonhap.\n");
        var trace = Figure(Charts.CitationNetwork(Kit.Analyze(corpus.Load()))).GetProperty("data")[0];

        var labels = trace.GetProperty("node").GetProperty("label").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains("outlet not given", labels);
        Assert.DoesNotContain(labels, l => l.Contains("000_a1b2c3"));
    }
}

/// <summary>
/// The claims chart joins an origin's revisions with a dotted line, and nothing else: figures no one is named for are
/// not one voice changing its figure, and one origin's figures about two forces are not a revision of each other.
/// </summary>
public class ClaimChartJoinTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    private static Findings Story()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Fighters reach Tripoli\n\nAbout 4,750 Syrian fighters have arrived in Libya.\n\n" +
            "About 2,000 Turkish troops are in Libya, the Pentagon said.\n");
        corpus.Write("b.txt", "More fighters reach Tripoli\n\nAt least 8,950 Syrian mercenaries have reached Libya.\n\n" +
            "About 3,500 Syrian fighters have been sent to Libya, the Pentagon said.\n");
        corpus.Write("manifest.json", """
            { "a": { "published": "2020-03-10", "outlet": "Daily Monitor" }, "b": { "published": "2020-05-19", "outlet": "Agenzia Nova" } }
            """);
        return Kit.Analyze(corpus.Load());
    }

    private static IEnumerable<string> Dotted(Findings findings) =>
        Figure(Charts.ClaimsOverTime(findings)).GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("line", out var line) && line.TryGetProperty("dash", out var dash) && dash.GetString() == "dot")
            .Select(t => t.GetProperty("name").GetString()!);

    [Fact]
    public void Unattributed_figures_and_one_origin_s_figures_about_two_forces_are_not_joined()
    {
        var findings = Story();
        var set = ClaimSet.Of(findings);
        var drawn = set.Claims.Where(c => c.Kind == TroopKind.Deployment && c.Status == EstimateStatus.Current && c.FirstPublished is not null).ToList();
        Assert.Equal(2, drawn.Count(c => c.Origin is null));
        Assert.Equal(2, drawn.Count(c => c.Origin == "Pentagon"));
        Assert.Empty(set.Revisions);

        Assert.Empty(Dotted(findings));
    }

    [Fact]
    public void An_origin_s_revision_is_still_joined()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Troops in Libya\n\nAbout 2,000 Turkish troops are in Libya, the Pentagon said.\n");
        corpus.Write("b.txt", "More troops in Libya\n\nAbout 3,500 Turkish troops are in Libya, the Pentagon said.\n");
        corpus.Write("manifest.json", """
            { "a": { "published": "2020-03-10", "outlet": "Daily Monitor" }, "b": { "published": "2020-05-19", "outlet": "Agenzia Nova" } }
            """);
        var findings = Kit.Analyze(corpus.Load());
        Assert.Single(ClaimSet.Of(findings).Revisions);

        Assert.Equal(["Pentagon"], Dotted(findings));
    }
}
