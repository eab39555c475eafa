namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Vocabulary;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures of troop stories other than the bundled one (#14): other troop nouns, figures with no troop noun beside
/// them, presence and build-up as deployment, planned forms, subsets, and whose troops, read from the lexicon.
/// </summary>
public class TroopCountStoryTests
{
    [Theory]
    [InlineData("The mission relies on 2,400 peacekeepers from a dozen countries.", 2_400d)]
    [InlineData("Roughly 900 Wagner-linked military instructors remain near Bamako.", 900d)]
    [InlineData("The Pentagon confirmed that 3,500 service members from the 82nd Airborne left Fort Liberty.", 3_500d)]
    [InlineData("The guard battalion, which numbers some 700 people, stayed behind.", 700d)]
    [InlineData("Seven thousand reservists reported to their depots over the weekend.", 7_000d)]
    public void Counts_other_troop_nouns_and_no_noun(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    [Theory]
    [InlineData("Madrid has sent 600 soldiers to Slovakia, and as many as 900 could follow next year.", 900d, Hedge.AtMost)]
    [InlineData("The force has about 4,000 personnel, of whom 3,100 are infantry.", 3_100d, Hedge.Exact)]
    [InlineData("Lisbon said it would dispatch some 250 in total once the troops are trained.", 250d, Hedge.Approximate)]
    [InlineData("Officials said 1.200 Moldovan soldiers took part.", 1_200d, Hedge.Exact)]
    [InlineData("Losses among the troops have exceeded 450, the monitors said.", 450d, Hedge.AtLeast)]
    [InlineData("The cabinet agreed to call up another 40,000 people before winter.", 40_000d, Hedge.Exact)]
    [InlineData("About 250 Ghanaian police are patrolling the border towns.", 250d, Hedge.Approximate)]
    public void Counts_numbers_with_no_troop_noun_beside_them(string sentence, double value, Hedge hedge)
    {
        var count = Counts(sentence).Last();
        Assert.Equal((value, hedge), (count.Value!.Value, count.Hedge));
    }

    [Fact]
    public void Figures_joined_by_and_share_the_casualty_verb()
    {
        var counts = Counts("Rebels said they had killed 30 Wagner fighters and 12 Malian soldiers in the fighting near Kidal.");
        Assert.Equal([TroopKind.Casualties, TroopKind.Casualties], counts.Select(c => c.Kind));
    }

    [Fact]
    public void A_number_reads_against_the_troops_of_the_sentence_before()
    {
        var counts = Extractor.Default.Extract(TestData.Passage("Sweden keeps 550 soldiers in Latvia. Critics believe around 700 are needed.")).TroopCounts;
        Assert.Equal([550d, 700d], counts.Select(c => c.Value!.Value));
        Assert.Empty(Counts("The port handles 700 ships a year. Critics believe around 700 are needed."));
    }

    [Fact]
    public void An_ellipsis_is_a_part_of_the_force_and_more_is_more_of_it()
    {
        var counts = Counts("Officials counted 6,000 Rwandan soldiers deployed in eastern Congo, 1,200 of them near Goma.");
        Assert.Equal([(6_000d, TroopKind.Deployment), (1_200d, TroopKind.Subset)], counts.Select(c => (c.Value!.Value, c.Kind)));
        var more = Counts("About 3,000 French troops are in the Sahel and 1,000 more will follow.");
        Assert.Equal([3_000d, 1_000d], more.Select(c => c.Value!.Value));
        Assert.Equal(EstimateStatus.Planned, more[1].Status);
    }

    [Theory]
    [InlineData("Satellite images show 40,000 Russian soldiers massed near the Belarusian frontier.", TroopKind.Deployment)]
    [InlineData("The US presence in Poland stands at about 10,000 soldiers.", TroopKind.Deployment)]
    [InlineData("Some 1,500 Kenyan police officers are based in Port-au-Prince.", TroopKind.Deployment)]
    [InlineData("Roughly 4,000 Canadian troops are stationed in Latvia under NATO command.", TroopKind.Deployment)]
    [InlineData("At least 35 Malian soldiers went missing after the ambush.", TroopKind.Casualties)]
    [InlineData("Nearly 60 peacekeepers were injured in the shelling.", TroopKind.Casualties)]
    [InlineData("The convoy, including 300 officers, crossed into Chad.", TroopKind.Subset)]
    [InlineData("Roughly 1,100 Nepalese peacekeepers serve with the mission's eastern sector.", TroopKind.Deployment)]
    [InlineData("About 3,200 Swedish soldiers now guard the island of Gotland.", TroopKind.Deployment)]
    [InlineData("Some 600 cadets took part in the graduation ceremony in Ankara.", TroopKind.Other)]
    public void Reads_presence_build_up_casualties_and_subsets(string sentence, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(sentence)).Kind);

    [Theory]
    [InlineData("Berlin has decided to station 4,800 soldiers in Lithuania.", EstimateStatus.Planned)]
    [InlineData("The garrison will number about 900 troops, the ministry said.", EstimateStatus.Planned)]
    [InlineData("Some 2,000 Dutch troops were placed on high readiness on Monday.", EstimateStatus.Planned)]
    [InlineData("Norway will send 300 soldiers and 40 medics as well as two helicopters.", EstimateStatus.Planned)]
    [InlineData("About 2,000 Dutch troops are stationed in Lithuania.", EstimateStatus.Current)]
    [InlineData("Madrid keeps 600 soldiers in Slovakia, and officials say as many as 1,500 could soon be there.", EstimateStatus.Planned)]
    [InlineData("Some 2,500 Italian soldiers are supposed to deploy in the spring.", EstimateStatus.Planned)]
    [InlineData("Oslo is preparing to expand its mission, and about 700 Norwegian troops are currently stationed there.", EstimateStatus.Current)]
    public void Reads_planned_forms(string sentence, EstimateStatus status) =>
        Assert.Equal(status, Counts(sentence).Last().Status);

    [Theory]
    [InlineData("Some 60,000 soldiers gathered close to Finland, the report said.", null)]
    [InlineData("About 800 British troops bound for Estonia left on Tuesday.", "United Kingdom")]
    [InlineData("Poland's army moved 5,000 troops to the border with Belarus.", "Poland")]
    [InlineData("An estimated 12,000 German soldiers are in Lithuania.", "Germany")]
    [InlineData("Analysts believe that Ottawa has sent 2,200 soldiers to Latvia.", "Canada")]
    public void Reads_whose_troops_never_from_a_destination(string sentence, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(sentence)).Subject);

    [Fact]
    public void A_corpus_lexicon_adds_a_troop_noun_a_place_and_a_country()
    {
        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""
            {
              "words": { "troop_nouns": ["hoplites"], "places": ["Kidal"] },
              "countries": [ { "name": "Freedonia", "demonyms": ["Freedonian"], "aliases": ["Fredville"] } ]
            }
            """));
        var passage = TestData.Passage("Some 700 Freedonian hoplites arrived in Kidal on Monday.");
        Assert.Empty(Extractor.Default.Extract(passage).TroopCounts);
        var count = Assert.Single(Extractor.For(lexicon).Extract(passage).TroopCounts);
        Assert.Equal((700d, TroopKind.Deployment, "Freedonia"), (count.Value!.Value, count.Kind, count.Subject));
    }
}
