namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A description owned by "the nation's" or "the country's" ("Park quoted the nation's spy agency as saying that 200 Chinese
/// soldiers …") stands for a country named before it, or the state voice the document cited before; never the country of the
/// troops its own words go on to count. With no owner before it, it is no one's. The sentences are ours.
/// </summary>
public class OwnedDescriptionCountryTests
{
    [Theory]
    [InlineData("Spy agency briefs MPs\n\nThe National Intelligence Service (NIS) briefed lawmakers on Tuesday. Park quoted the nation's spy agency as saying that some 200 Chinese soldiers had died.", "National Intelligence Service")]
    public void The_earlier_state_voice_owns_it(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts(document), c => c.Value == 200).AttributedTo);

    [Theory]
    [InlineData("The country's spy agency said some 200 Chinese soldiers had died.", "Chinese intelligence")]
    public void The_counted_troops_country_does_not_own_it(string text, string wrong) =>
        Assert.NotEqual(wrong, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: "its" after the country that opens the sentence.
    [InlineData("Denmark will send 200 soldiers, its defence ministry said.", "Danish Defense Ministry")]
    public void A_country_before_it_owns_it(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
