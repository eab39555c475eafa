namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed officials placed in a
/// body ("two officials of the U.S. Department of Defense", "an official at the Polish Defence Ministry") are that body's
/// officials, named by its country and trade as its unnamed sources already were ("sources in the army"), and a defence
/// ministry's officials named with the country before the ministry ("a U.S. Defense Department official") are the country's
/// defense officials, as "Pentagon officials" already were. A service's officials keep the service's name.
/// </summary>
public class OfficialsPlacedInBodiesTests
{
    [Theory]
    [InlineData("About 500 engineers will leave next month, an official of the Polish Defence Ministry told the paper.", "Polish defense officials")]
    [InlineData("Three officials at the U.S. Department of Defense said 1,200 soldiers would rotate home in May.", "U.S. defense officials")]
    [InlineData("A senior Russian Defence Ministry official said about 2,000 troops had been moved to the border.", "Russian defense officials")]
    [InlineData("About 800 soldiers will stay, a U.S. Defense Department official told reporters.", "U.S. defense officials")]
    // Capitalised where it opens the sentence; a service keeps its name.
    [InlineData("Officials of the Indian Army said 2,000 soldiers had been moved to the border.", "Indian Army officials")]
    public void Officials_placed_in_a_body_are_its_countrys_officials(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The body is no voice of its own where its officials speak.
    [InlineData("Three officials at the U.S. Department of Defense said 1,200 soldiers would rotate home in May.", "Pentagon")]
    [InlineData("About 500 engineers will leave next month, an official of the Polish Defence Ministry told the paper.", "Polish Defense Ministry")]
    // Nor the country's officials of no trade.
    [InlineData("About 800 soldiers will stay, a U.S. Defense Department official told reporters.", "U.S. officials")]
    public void The_body_its_officials_speak_for_is_not_cited_itself(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // A body that speaks for itself stays itself; a country's own group stays the group.
    [InlineData("About 700 troops arrived on Monday, the Pentagon said.", "Pentagon")]
    [InlineData("A spokesman for the Defense Ministry of Ukraine said 900 troops were on the way.", "Ukrainian Defense Ministry")]
    [InlineData("Ukrainian intelligence officials said about 3,000 troops had arrived.", "Ukrainian intelligence officials")]
    public void A_body_or_group_without_officials_placed_in_it_is_unchanged(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
