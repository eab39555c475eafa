
namespace Analysis.Tests.Claims;

using Analysis.Claims;
using Analysis.Export;
using Analysis.Extraction;
using Analysis.Frames;
using Analysis.Pipeline;
using Analysis.Report;
using Analysis.Timeline;
using Analysis.Tests.Corpus;

/// <summary>Claims, revisions, contradictions and the citation network, on short dated articles the tests write.</summary>
public class ClaimTests
{
    private static (Findings Findings, ClaimSet Claims) Analyze(IEnumerable<(string Id, string Published, string Outlet, string Text)> articles)
    {
        using var corpus = new TempCorpus();
        ClaimsCorpus.Write(corpus.Folder, articles);
        var findings = Kit.Analyze(corpus.Load());
        return (findings, findings.Claims);
    }

    [Fact]
    public void A_document_of_many_figures_ties_each_unattributed_repeat_to_the_claim_it_repeats()
    {
        // 300 figures credited to the spy agency, each repeated later without a speaker, then one range over two of
        // them: the range joins the first claim it overlaps (1,010), every repeat the claim of its own number.
        var figures = Enumerable.Range(0, 300).Select(i => 1_000 + 10 * i).ToList();
        var text = "North Korean troops in Kursk\n\n" +
            string.Concat(figures.Select(n => $"The NIS said {n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} North Korean soldiers were in Kursk.\n\n")) +
            string.Concat(figures.Select(n => $"Some {n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} North Korean soldiers were in Kursk.\n\n")) +
            "Between 1,005 and 1,025 North Korean soldiers were in Kursk.\n";
        var findings = Extractor.Default.Extract(new Analysis.Corpus.Corpus("", [Analysis.Corpus.CorpusLoader.FromText(text, "many")], []));
        var claims = findings.Claims;

        Assert.Equal(figures.Select(n => (double?)n), claims.Claims.Select(c => c.Value));
        Assert.All(claims.Claims, c => Assert.Equal("National Intelligence Service", c.Origin));
        Assert.Equal(figures.Select(n => n == 1_010 ? 3 : 2), claims.Claims.Select(c => c.Mentions.Count));
        var range = Assert.Single(findings.TroopCounts, c => c.Low == 1_005);
        Assert.Equal(1_010, claims.ClaimOf(range).Value);
    }

    [Fact]
    public void The_most_repeated_claim_is_the_one_reported_most_often()
    {
        var (_, claims) = Analyze(ClaimsCorpus.Relay);

        var most = claims.MostRepeated;
        Assert.NotNull(most);
        Assert.Equal(claims.Claims.Max(c => c.Mentions.Count), most.Mentions.Count);
        Assert.Equal(12_000d, most.Value);
    }

    // A claim of one mention is not repeated: a corpus of single reports (every figure reported once) has no most repeated
    // claim to show.
    [Fact]
    public void No_claim_is_the_most_repeated_when_every_figure_was_reported_once()
    {
        var (findings, claims) = Analyze(
        [
            ("first", "2024-03-12", "Outlet A", "Withdrawal begins\n\nAbout 25 Indian soldiers left the Maldives on Sunday, the ministry said.\n"),
            ("second", "2024-05-10", "Outlet B", "Withdrawal ends\n\nThe last 51 Indian soldiers left the Maldives on Thursday, the army said.\n"),
        ]);

        Assert.True(claims.Claims.Count >= 2, string.Join("; ", findings.TroopCounts.Select(c => c.Phrase)));
        Assert.All(claims.Claims, c => Assert.Single(c.Mentions));
        Assert.Null(claims.MostRepeated);
    }

    [Fact]
    public void A_figure_in_a_headline_its_body_and_two_relays_is_one_claim()
    {
        var (findings, claims) = Analyze(ClaimsCorpus.Relay);

        var claim = Assert.Single(claims.Claims, c => c.Kind == TroopKind.Deployment);
        Assert.Equal((12_000d, EstimateStatus.Current, "North Korea", "Ukrainian military intelligence"), (claim.Value!.Value, claim.Status, claim.Subject, claim.Origin));
        Assert.Equal(4, claim.Mentions.Count);
        Assert.Equal(3, claim.Documents);
        Assert.Equal("kyiv-brief", claim.FirstDocument);
        Assert.Equal((new DateOnly(2024, 10, 24), new DateOnly(2024, 10, 29)), (claim.FirstPublished, claim.LastPublished));
        Assert.Equal(["Reuters", "Kyiv Independent", "BBC", "CNN"], claim.Relays);
        // The headline (sentence 0 of kyiv-brief, "Kyiv: 12,000 …", credited to the speaker before its colon) is one of its reports.
        Assert.Contains(claim.Mentions, m => m.InHeadline && m.Document == "kyiv-brief" && m.Count.AttributedTo == "Ukraine");
        Assert.All(findings.TroopCounts.Where(c => c.Kind == TroopKind.Deployment), c => Assert.Same(claim, claims.ClaimOf(c)));
    }

    // The export reads each claim's relays from its packed reports, not from reports rebuilt: the same lists as the
    // claims of the findings, claim by claim (voices before outlets, each once, the origin left out).
    [Fact]
    public void The_exported_relays_are_the_claims_relays()
    {
        var (findings, claims) = Analyze(ClaimsCorpus.All);
        using var output = new TempCorpus();
        Export.Write(findings, output.Folder, ExportFormat.Json);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output.PathOf("claims.json")));
        var exported = json.RootElement.EnumerateArray().ToDictionary(
            c => c.GetProperty("claim").GetString()!, c => c.GetProperty("relays").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(claims.Claims.Count, exported.Count);
        Assert.Contains(claims.Claims, c => c.Relays.Count >= 2);
        Assert.All(claims.Claims, c => Assert.Equal(c.Relays, exported[c.Id]));
    }

    [Fact]
    public void The_citation_network_runs_from_the_origin_through_the_wire_to_each_outlet()
    {
        var (_, claims) = Analyze(ClaimsCorpus.Relay);
        var deployment = claims.Citations.Where(e => e.Origin == "Ukrainian military intelligence").Select(e => e.ToString()).ToList();
        // Headline and body of Kyiv Independent (2), plus the officers; each wire story its figure and, for CNN, the special forces.
        Assert.Contains("Ukrainian military intelligence → Kyiv Independent (3 mention(s))", deployment);
        Assert.Contains("Ukrainian military intelligence → Reuters → BBC (1 mention(s))", deployment);
        Assert.Contains("Ukrainian military intelligence → Reuters → CNN (2 mention(s))", deployment);
        Assert.Equal(claims.Counts.Count(c => c.Claim.Origin is not null), claims.Citations.Sum(e => e.Mentions));
    }

    // The outlet a relaying article names in its text ("East Africa Monitor reported") and the manifest's outlet of its own
    // articles ("The East Africa Monitor") differ only by "The": one outlet, listed once among the relays, and the last voice
    // of a report in its own pages, not a step on the way to itself.
    [Fact]
    public void An_outlet_named_with_and_without_The_is_one_relay()
    {
        var (_, claims) = Analyze(
        [
            ("monitor", "2024-10-01", "The East Africa Monitor",
                "Kenya says 3,000 troops in Haiti\n\nKenya's defence ministry said about 3,000 Kenyan troops are now in Haiti.\n"),
            ("nation", "2024-10-02", "Daily Nation",
                "Kenyan contingent in Haiti grows\n\nAbout 3,000 Kenyan troops are now in Haiti, according to Kenya's defence ministry, East Africa Monitor reported.\n"),
            ("monitor-again", "2024-10-03", "the east africa monitor",
                "Contingent holds at 3,000\n\nAbout 3,000 Kenyan troops are now in Haiti, according to Kenya's defence ministry, East Africa Monitor reported.\n"),
        ]);

        var claim = Assert.Single(claims.Claims, c => c.Value == 3_000 && c.Status == EstimateStatus.Current);
        Assert.Equal(["East Africa Monitor", "Daily Nation"], claim.Relays);
        Assert.DoesNotContain(claims.Citations, e => e.Via.Count > 0 && e.Outlet is { } outlet && outlet.EndsWith(e.Via[^1], StringComparison.OrdinalIgnoreCase));
        Assert.Contains(claims.Citations, e => e.Via.SequenceEqual(["East Africa Monitor"]) && e.Outlet == "Daily Nation");
    }

    [Fact]
    public void A_part_of_a_force_is_a_subset_and_never_a_claim_of_the_whole_force()
    {
        var (findings, claims) = Analyze(ClaimsCorpus.Relay);
        var parts = findings.TroopCounts.Where(c => c.Value == 500).ToList();
        Assert.Equal(2, parts.Count); // "among them 500 officers", "including 500 special forces"
        Assert.All(parts, p => Assert.Equal(TroopKind.Subset, p.Kind));
        Assert.DoesNotContain(claims.Claims, c => c.Kind != TroopKind.Subset && c.Value == 500);
        // Not drawn as an estimate of the troops sent either.
        Assert.DoesNotContain(EstimateSeries.Of(findings.Corpus, findings.TroopCounts, findings.Events), p => p.Kind == TroopKind.Deployment && p.Value == 500);
    }

    [Fact]
    public void A_source_moving_from_3000_to_10000_gives_one_revision()
    {
        var (_, claims) = Analyze(ClaimsCorpus.Revision);
        var revision = Assert.Single(claims.Revisions);
        Assert.Equal("National Intelligence Service", revision.Origin);
        Assert.Equal((3_000d, new DateOnly(2024, 10, 18)), (revision.From.Value!.Value, revision.From.FirstPublished!.Value));
        Assert.Equal((10_000d, new DateOnly(2024, 11, 13)), (revision.To.Value!.Value, revision.To.FirstPublished!.Value));
        // The October headline ("Seoul says 3,000") joins its body's claim; "up from 3,000" recalls it and revises nothing.
        Assert.Equal(2, revision.From.Mentions.Count);
        Assert.Contains(claims.Claims, c => c.Status == EstimateStatus.Earlier && c.Value == 3_000);
    }

    [Fact]
    public void A_figure_given_again_after_another_is_a_new_claim()
    {
        var back = ("nis-december", "2024-12-02", "Yonhap",
            "Spy agency lowers its count\n\nThe National Intelligence Service said 3,000 North Korean troops have been sent to Russia.\n");
        var (_, claims) = Analyze([.. ClaimsCorpus.Revision, back]);
        var current = claims.Claims.Where(c => c.Status == EstimateStatus.Current && c.Origin == "National Intelligence Service").ToList();
        Assert.Equal([3_000d, 10_000d, 3_000d], current.Select(c => c.Value!.Value));
        Assert.Equal(2, claims.Revisions.Count);
    }

    [Fact]
    public void Two_sources_with_8000_and_10000_in_one_week_give_one_contradiction()
    {
        var (_, claims) = Analyze(ClaimsCorpus.Disagreement());
        var contradiction = Assert.Single(claims.Contradictions);
        Assert.Equal(("Pentagon", 8_000d), (contradiction.First.Origin, contradiction.First.Value!.Value));
        Assert.Equal(("National Intelligence Service", 10_000d), (contradiction.Second.Origin, contradiction.Second.Value!.Value));
    }

    [Theory]
    [InlineData(60, "about")]    // six weeks apart: the first no longer stood
    [InlineData(3, "at least")] // "at least 8,000" agrees with 10,000
    public void Figures_that_do_not_meet_are_no_contradiction(int apart, string hedge)
    {
        var (_, claims) = Analyze(ClaimsCorpus.Disagreement(apart, hedge));
        Assert.Equal(2, claims.Claims.Count);
        Assert.Empty(claims.Contradictions);
    }

    [Fact]
    public void An_unattributed_figure_in_another_document_stays_a_claim_of_its_own()
    {
        var loose = ("loose", "2024-10-30", "Daily Example",
            "Fighting in Kursk\n\nSome 12,000 North Korean soldiers are fighting in the Kursk region.\n");
        var (_, claims) = Analyze([.. ClaimsCorpus.Relay, loose]);
        var own = Assert.Single(claims.Claims, c => c.FirstDocument == "loose");
        Assert.Null(own.Origin);
        Assert.Single(own.Mentions);
        Assert.Equal(4, claims.Claims.Single(c => c.Origin == "Ukrainian military intelligence" && c.Kind == TroopKind.Deployment).Mentions.Count);
    }

    [Fact]
    public void Every_troop_count_belongs_to_exactly_one_claim()
    {
        var (findings, claims) = Analyze(ClaimsCorpus.All);
        Assert.Equal(findings.TroopCounts.Count, claims.Claims.Sum(c => c.Mentions.Count));
        Assert.Equal(findings.TroopCounts, claims.Counts.Select(c => c.Count));
        Assert.Equal(claims.Claims.Select((_, i) => $"C{i + 1}"), claims.Claims.Select(c => c.Id));
    }
}

/// <summary>The claims' tables as files and frames, on the articles of all the claim tests together.</summary>
public class ClaimTableTests : IDisposable
{
    private readonly TempCorpus corpus = new();
    private readonly string output = Directory.CreateTempSubdirectory("analysis-claims-out-").FullName;

    public void Dispose()
    {
        corpus.Dispose();
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void Csv_tables_name_each_count_s_claim_and_list_revisions_and_contradictions()
    {
        ClaimsCorpus.Write(corpus.Folder, ClaimsCorpus.All);
        var findings = Kit.Analyze(corpus.Load());
        Export.Write(findings, output);
        string[] Lines(string table) => File.ReadAllLines(Path.Combine(output, table + ".csv"));

        var relayed = Assert.Single(Lines("claims"), l => l.Contains(",Ukrainian military intelligence,") && l.Contains(",deployment,"));
        Assert.EndsWith(",12000,,,approximate,Ukrainian military intelligence,kyiv-brief,2024-10-24,2024-10-29,4,3,Reuters; Kyiv Independent; BBC; CNN", relayed);
        var id = relayed.Split(',')[0];
        Assert.Equal(4, Lines("troop_counts").Count(l => l.Contains("," + id + ",", StringComparison.Ordinal)));

        var revision = Assert.Single(Lines("revisions").Skip(1));
        Assert.Matches(@"^National Intelligence Service,North Korea,deployment,current,C\d+,3000,,,2024-10-18,2024-10-18,C\d+,10000,,,2024-11-07,2024-11-13$", revision);
        Assert.Contains(Lines("contradictions").Skip(1), l => l.Contains(",Pentagon,8000,,,2024-11-04,2024-11-04,") && l.Contains(",National Intelligence Service,10000,"));

        var frame = Frames.Contradictions(findings);
        Assert.Equal(Export.ColumnsOf("contradictions"), frame.ColumnKeys);
        Assert.Equal(Lines("contradictions").Length - 1, frame.RowCount);
        Assert.Equal(Lines("revisions").Length - 1, Frames.Revisions(findings).RowCount);
    }

    [Fact]
    public void The_report_has_a_claims_section_with_both_charts_and_the_tables()
    {
        ClaimsCorpus.Write(corpus.Folder, ClaimsCorpus.All);
        var html = Report.Render(Kit.Analyze(corpus.Load()));
        var section = html[html.IndexOf("<h2 id=\"claims\">", StringComparison.Ordinal)..html.IndexOf("<h2 id=\"troop-counts\">", StringComparison.Ordinal)];
        Assert.Contains("<div class=\"chart\" id=\"claims-over-time\">", section);
        Assert.Contains("<div class=\"chart\" id=\"citation-network\">", section);
        Assert.Contains("<td>Reuters; Kyiv Independent; BBC; CNN</td>", section);
        Assert.Contains("<h3 id=\"revisions\">", section);
        Assert.Contains("<h3 id=\"contradictions\">", section);
        // Over time, claims replace the chart of every mention.
        Assert.DoesNotContain("id=\"estimates-over-time\"", html);
    }
}
