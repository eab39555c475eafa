namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "The government said" in a piece with no dateline and no state voice before it is the government of the country that opens
/// the sentence by its name ("Benin will send 300 troops ..., the government said"); not of a country named only by a demonym,
/// which is whose troops, not who speaks. The sentences are ours.
/// </summary>
public class OpeningActorGovernmentTests
{
    [Theory]
    [InlineData("Benin is to halve its contingent in Niger, recalling 300 soldiers, the government announced on Saturday.", 300, "Beninese government")]
    [InlineData("The Netherlands will send 300 troops to Lithuania, the government said.", 300, "Dutch government")]
    // Near miss: a demonym opening the sentence names whose troops, not whose government.
    [InlineData("Beninese troops, about 300 of them, will leave Niger, the government said.", 300, null)]
    public void The_government_is_the_opening_country_s(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
