namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Countries as voices and owners: a named person whose title is an office of a state owns the troops he speaks of
/// when nothing else says whose they are; a person of no state office does not, and the troops' own words still win. A side that
/// tells of dead or wounded whom nothing else owns tells of its own, unless it did the harm or another country stands between.
/// Each table holds both ways.
/// </summary>
public class OfficeHoldersAndOwnCasualtiesTests
{
    [Theory]
    // The state office of the figure's voice, named a paragraph before, owns what nothing else does.
    [InlineData("Untitled\n\nPentagon press secretary John Kirby spoke to reporters on Friday.\n\nUp to 275 troops will be sent to the region, he said.", 275, "United States")]
    [InlineData("Untitled\n\nSpanish Defence Minister Margarita Robles spoke to reporters on Friday.\n\nAbout 600 more troops will be sent to Latvia, she said.", 600, "Spain")]
    // The troops' own demonym outweighs the speaker's office.
    [InlineData("Untitled\n\nPentagon press secretary John Kirby spoke to reporters on Friday.\n\nAbout 10,000 North Korean troops are in Russia, he said.", 10000, "North Korea")]
    public void A_state_officer_voice_owns_what_nothing_else_does(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A voice of no state office (an analyst, a retired officer) owns nothing.
    [InlineData("Untitled\n\nMichael Kofman, an analyst at the CNA think tank, spoke to reporters on Friday.\n\nUp to 275 troops will be sent to the region, he said.", 275)]
    [InlineData("Untitled\n\nJohn Smith, a retired colonel, spoke to reporters on Friday.\n\nAbout 600 more troops will be sent to Latvia, he said.", 600)]
    public void A_voice_of_no_state_office_owns_nothing(string text, double value) => Assert.Null(Of(text, value).Subject);

    [Theory]
    // A side that speaks of dead whom nothing else owns: before the figure, after it behind a comma, behind "for its part".
    [InlineData("Untitled\n\nThai troops killed five soldiers in the clash, the Cambodian side said.", 5, "Cambodia")]
    [InlineData("Untitled\n\nIndia struck nine sites overnight. Pakistan reported 11 soldiers killed.", 11, "Pakistan")]
    [InlineData("Untitled\n\nAzerbaijan said 12 of its servicemen had been killed. The Armenian side, for its part, announced the killing of six soldiers.", 6, "Armenia")]
    [InlineData("Untitled\n\nThailand says nine of its soldiers have been killed, while Cambodia has confirmed five military deaths.", 5, "Cambodia")]
    // Another country between the side and the figure owns it; the troops' own demonym still wins.
    [InlineData("Untitled\n\nSouth Korea has said that a hundred North Korean soldiers have died and one thousand soldiers have been wounded.", 1000, "North Korea")]
    [InlineData("Untitled\n\nKyiv said 600 Russian soldiers were killed in the strike.", 600, "Russia")]
    public void A_side_tells_of_its_own_dead(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // The side that did the harm does not own the dead; a demonym that is no side ("Thai troops") does not speak.
    [InlineData("Untitled\n\nUkraine said its forces had killed 600 soldiers in the battle.", 600)]
    [InlineData("Untitled\n\nThai troops said five soldiers were killed in the clash.", 5)]
    // A country that only says it may count its enemy's dead.
    [InlineData("Untitled\n\nAbout 400 soldiers died in the fighting near the river, Kyiv said.", 400)]
    public void A_side_that_did_the_harm_does_not_own_the_dead(string text, double value) => Assert.Null(Of(text, value).Subject);

    [Theory]
    // A side's state voice (its officials, army, ministry, named by its demonym) speaks for its dead too, whoever attacked before.
    [InlineData("Untitled\n\nRussian forces stormed several bases. Two servicemen were taken captive and 80 were detained, Ukrainian officials said.", 80, "Ukraine")]
    [InlineData("Untitled\n\nIsraeli strikes killed 12 soldiers, the Syrian army said.", 12, "Syria")]
    public void A_side_voice_tells_of_its_own_dead(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // Not the voice of the side that did the harm, nor a demonym before a noun that is no voice ("Syrian troops").
    [InlineData("Untitled\n\nThe Israeli army said its strikes had killed 12 soldiers.", 12)]
    [InlineData("Untitled\n\nIsraeli strikes killed 12 soldiers, Syrian troops said.", 12)]
    // A body the gazetteer knows, by its initials, is the harming side's voice too.
    [InlineData("Untitled\n\nThe IDF said its air strikes had killed 30 fighters in the valley.", 30)]
    public void A_harming_side_voice_does_not_own_the_dead(string text, double value) => Assert.Null(Of(text, value).Subject);

    [Theory]
    // A country or capital that opens the sentence after "In" is where an unnamed voice of no country of its own is: that country's.
    [InlineData("Untitled\n\nIn Tokyo, a government source said about 3,000 more North Korean soldiers had been sent.", 3000, "Japanese government sources")]
    [InlineData("Untitled\n\nA government source in Tokyo said about 3,000 more North Korean soldiers had been sent.", 3000, "Japanese government sources")]
    // Not a place with more words before the voice.
    [InlineData("Untitled\n\nIn Tokyo, where the talks were held, a government source said about 3,000 more North Korean soldiers had been sent.", 3000, "government sources")]
    public void A_capital_opening_the_sentence_places_an_unnamed_voice(string text, double value, string origin) => Assert.Equal(origin, Of(text, value).AttributedTo);
}
