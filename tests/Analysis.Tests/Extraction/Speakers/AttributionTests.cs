namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>Who a figure comes from: in its sentence, through a chain, or from a neighbouring sentence.</summary>
public class AttributionTests
{
    private static TroopCount Only(string text) =>
        Assert.Single(Extractor.Default.Extract(CorpusLoader.FromText("Test passage\n\n" + text)).TroopCounts);

    [Theory]
    [InlineData("About 10,000 troops are in Russia, the NIS said.", "National Intelligence Service", new string[0])]
    [InlineData("According to the Pentagon, about 10,000 troops are in Russia.", "Pentagon", new string[0])]
    [InlineData("Yonhap, citing the NIS, reported that 10,000 troops are in Russia.", "National Intelligence Service", new[] { "Yonhap" })]
    [InlineData("Ukrainian officials told the BBC that 3,000 troops had been killed.", "Ukrainian officials", new[] { "BBC" })]
    [InlineData("Lawmaker Kim Min-ho, after being briefed by the NIS, said 10,000 troops are in Russia.", "National Intelligence Service", new[] { "Kim Min-ho" })]
    [InlineData("The Pentagon estimates that 10,000 troops are in Russia, spokesperson Sabrina Singh said.", "Pentagon", new[] { "Sabrina Singh" })]
    [InlineData("Zelenskyy said 10,000 troops are in Russia.", "Volodymyr Zelensky", new string[0])]
    [InlineData("About 10,000 troops are in Russia.", null, new string[0])]
    public void In_the_sentence(string text, string? origin, string[] via)
    {
        var count = Only(text);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal(via, count.Via);
    }

    [Fact]
    public void From_the_previous_sentence_of_the_paragraph_that_announces_it()
    {
        var count = Only("The Pentagon gave an update on Monday, its spokesperson said. About 10,000 troops are now in Kursk.");
        Assert.Equal("Pentagon", count.AttributedTo);
    }

    [Fact]
    public void Not_from_another_paragraph()
    {
        var count = Only("The Pentagon said the talks went well.\n\nAbout 10,000 troops are now in Kursk.");
        Assert.Null(count.AttributedTo);
    }

    [Fact]
    public void A_group_resolves_to_the_named_people_and_their_briefer()
    {
        var count = Only("South Korean lawmakers told Yonhap that 7,000 troops moved.\n\nLawmakers Kim Min-ho and Lee Ji-won had been briefed by the NIS.");
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal(["Kim Min-ho", "Lee Ji-won", "Yonhap"], count.Via);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_person()
    {
        var counts = Extractor.Default.Extract(CorpusLoader.FromText("Test\n\nLawmaker Park Min-su spoke on Friday. He said 10,000 troops are in Russia.")).TroopCounts;
        Assert.Equal("Park Min-su", Assert.Single(counts).AttributedTo);
    }
}
