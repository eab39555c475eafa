namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's head named again by office and country ("the Ukrainian president said", "Russia's president", "the North
/// Korean leader", "the British prime minister") is that country's person named before, anywhere earlier in the document, as
/// "the president" is; another country's person is not taken, and a title before a name stays a title. The sentences are ours.
/// </summary>
public class CountryLeaderOfficesTests
{
    [Theory]
    [InlineData("Volodymyr Zelensky spoke on Monday. The Ukrainian president said 4,000 North Korean soldiers had been killed or wounded.", 4000, "Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelensky spoke on Monday. Ukraine's president said 4,000 North Korean soldiers had been killed or wounded.", 4000, "Volodymyr Zelensky")]
    [InlineData("Prime Minister Keir Starmer spoke in Kyiv. The British prime minister said 4,000 soldiers could be sent.", 4000, "Keir Starmer")]
    [InlineData("North Korean leader Kim Jong Un visited the base. The North Korean leader said 4,000 soldiers would go.", 4000, "Kim Jong Un")]
    // Offices as British and translated copy capitalise them; a headline's speaker is named before.
    [InlineData("Volodymyr Zelensky spoke on Monday. The Ukrainian President said 4,000 North Korean soldiers had been killed or wounded.", 4000, "Volodymyr Zelensky")]
    [InlineData("Volodymyr Zelensky spoke on Monday. Some 4,000 North Korean soldiers had been killed or wounded, the President said.", 4000, "Volodymyr Zelensky")]
    [InlineData("Prime Minister Keir Starmer spoke in Kyiv. The British Prime Minister said 4,000 soldiers could be sent.", 4000, "Keir Starmer")]
    // Two people named before: the country picks the one.
    [InlineData("Joe Biden spoke with Volodymyr Zelensky on Monday. The Ukrainian leader later said 4,000 North Korean soldiers had been killed or wounded.", 4000, "Volodymyr Zelensky")]
    // Paragraphs apart.
    [InlineData("Volodymyr Zelensky gave his nightly address.\n\nHe spoke about the front.\n\nThe fighting has been heavy.\n\nThe Ukrainian president said 4,000 North Korean soldiers had been killed or wounded.", 4000, "Volodymyr Zelensky")]
    public void The_office_is_the_countrys_person_named_before(string document, double value, string origin) =>
        Assert.Equal(origin, Of("Troops story\n\n" + document, value).AttributedTo);

    [Fact]
    public void A_headline_speaker_is_named_before() =>
        Assert.Equal("Volodymyr Zelensky", Of("Zelensky: heavy North Korean losses in Kursk\n\nSome 4,000 North Korean soldiers have been killed or wounded in Kursk, the Ukrainian President said on Monday.", 4000).AttributedTo);

    [Theory]
    // Another country's person named before, or none: no one.
    [InlineData("Vladimir Putin spoke on television. The Ukrainian president said 4,000 North Korean soldiers had been killed or wounded.", 4000)]
    [InlineData("Ukraine's president said 4,000 North Korean soldiers had been killed or wounded.", 4000)]
    public void No_person_of_that_country_is_no_one(string document, double value) =>
        Assert.Null(Of("Troops story\n\n" + document, value).AttributedTo);

    [Fact]
    public void A_title_before_a_name_stays_a_title() =>
        Assert.Equal("Volodymyr Zelensky", Of("Troops story\n\nUkraine's President Volodymyr Zelensky said 4,000 North Korean soldiers had been killed or wounded.", 4000).AttributedTo);
}
