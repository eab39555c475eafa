namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes of real troop reporting (RealReporting.md, rows 458-476): people of one country counted by nationality in
/// another's army ("200 Nepali nationals recruited to fight"), troops only where their own clause says they fight or serve;
/// and gapping, a country then a number with the verb and noun of the figure before it left out ("and Rwanda an estimated
/// 4,000"). Each has rows where the shape counts troops and rows where the same words count something else. Our own sentences.
/// </summary>
public class ForeignNationalsAndGappingTests
{
    [Theory]
    [InlineData("Moscow has recruited more than 300 Nepali nationals to fight in Ukraine, the ambassador said.", 300d)]
    [InlineData("Kyiv says 160 Chinese citizens are fighting for Russia in the east.", 160d)]
    [InlineData("The ministry said 25 Indian nationals remain in the Russian army and are waiting for their discharge.", 25d)]
    [InlineData("As many as 1,200 Kenyans have been recruited to fight for Russia, a lawmaker told parliament.", 1_200d)]
    [InlineData("About 2,500 foreigners are serving in Ukraine's international legion, the unit said.", 2_500d)]
    [InlineData("At least 1,100 Cubans signed contracts to fight for Russia last year, Ukrainian intelligence said.", 1_100d)]
    public void People_counted_by_nationality_who_fight_or_serve_are_troops(string sentence, double value) =>
        Assert.Equal([value], Values(sentence));

    [Fact]
    public void Those_killed_while_serving_are_casualties()
    {
        var fallen = Counts("At least 18 Sri Lankans have been killed fighting for Russia, the police said.");
        Assert.Equal(TroopKind.Casualties, Assert.Single(fallen).Kind);
    }

    [Theory]
    [InlineData("Nepal has stopped issuing work permits after 3,000 of its citizens applied for jobs in Russia.")]
    [InlineData("Some 30,000 African students are enrolled at Russian universities, the embassy said.")]
    [InlineData("South Africa is working to bring home 14 of its citizens stranded in eastern Ukraine.")]
    [InlineData("Officials rescued more than 30 citizens at the airport before they could board a flight to Moscow.")]
    [InlineData("The families have filed 250 complaints about relatives who left for Russia.")]
    [InlineData("About 90 Indians have returned home from Russia, the spokesman said.")]
    [InlineData("Some 4,000 Ukrainians were evacuated from the border town, officials said.")]
    public void People_counted_by_nationality_who_are_not_said_to_serve_are_not_troops(string sentence) => Assert.Empty(Counts(sentence));

    [Fact]
    public void People_back_home_are_not_troops_even_beside_a_troop_figure() =>
        Assert.Equal([25d], Values("About 90 Indians have come home from Russia, while 25 Indian nationals remain in the Russian army."));

    [Theory]
    [InlineData("Burundi has about 9,000 soldiers in eastern Congo and Rwanda an estimated 3,500, a UN report says.", new[] { 9_000d, 3_500d })]
    [InlineData("Kenya has sent some 700 police officers, Jamaica 180 and Guatemala about 140.", new[] { 700d, 180d, 140d })]
    [InlineData("Uganda keeps 4,200 troops in Somalia, Ethiopia about 2,400 and Djibouti 1,300.", new[] { 4_200d, 2_400d, 1_300d })]
    public void A_number_after_a_country_in_a_gapped_clause_is_a_figure(string sentence, double[] values) =>
        Assert.Equal(values, Values(sentence));

    [Fact]
    public void A_gapped_figure_shares_the_status_of_the_verb_left_out()
    {
        var counts = Counts("Britain will send 12,000 troops, France 6,000 and Germany 8,000.");
        Assert.Equal([12_000d, 6_000d, 8_000d], counts.Select(c => c.Value ?? -1));
        Assert.All(counts, c => Assert.Equal(EstimateStatus.Planned, c.Status));
    }

    [Theory]
    [InlineData("Burundi has sent 1,200 troops and Rwanda 2024 was a year of elections.", new[] { 1_200d })]
    [InlineData("France sent 2,000 troops to Chad, and Mali 300 tonnes of grain.", new[] { 2_000d })]
    [InlineData("Kenya and Rwanda 4,000 kilometres apart signed a trade deal.", new double[0])]
    public void A_number_after_a_country_is_not_a_gapped_figure_without_the_shape(string sentence, double[] values) =>
        Assert.Equal(values, Values(sentence));
}
