namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An unnamed source taken up paragraphs later by its noun ("a defence source told AFP …" then, after other paragraphs, "…, the
/// source said") is the source cited before, as "the official" already was: within one paragraph the sentence went on with the
/// one before, but across paragraphs "the source" stood for no one, as no description noun named it. And "he" right after
/// someone who declined to comment is not that person, who refused to speak: the pronoun looks further back, or stays no one's.
/// The sentences are ours.
/// </summary>
public class SourceNamedAgainTests
{
    [Theory]
    [InlineData("Lithuania moved a brigade west, a military source told AFP on Monday.\n\nThe roads were closed.\n\nAbout 2,400 soldiers now guard the crossing, the source said.", 2400, "Lithuanian military sources")]
    [InlineData("Military sources in Vilnius said on Monday that the brigade had moved.\n\nThe roads were closed.\n\nSome 2,400 soldiers now guard the crossing, the sources added.", 2400, "Lithuanian military sources")]
    // Near miss: an official taken up by "the official" was already the one cited.
    [InlineData("A senior Latvian defence official said the drills had begun.\n\nThe roads were closed.\n\nSome 1,800 soldiers are taking part, the official added.", 1800, "Latvian defense officials")]
    public void The_source_is_the_one_cited_before(string paragraphs, double value, string origin) =>
        Assert.Equal(origin, Of("Headline\n\n" + paragraphs, value).AttributedTo);

    [Theory]
    [InlineData("Army spokesman Piotr Zalewski declined to comment on the move.\n\nHe said about 3,500 soldiers had reached the base.")]
    [InlineData("General Tomas Vitkus has refused to comment on the plans.\n\nHe said that 3,500 soldiers would reach the base.")]
    public void One_who_declined_to_comment_is_not_the_he_who_speaks_next(string paragraphs) =>
        Assert.Null(Of("Headline\n\n" + paragraphs, 3500).AttributedTo);

    // "…, AFP reports, citing a source in the general staff. … According to the source, …": the source an outlet cited still
    // speaks through that outlet.
    [Fact]
    public void The_source_an_outlet_cited_speaks_through_it() =>
        Assert.Equal(["AFP"], Of("Headline\n\nLatvia has moved a brigade east, AFP reports, citing a source in the General Staff of the Latvian Armed Forces. \"We moved fast,\" the source said. According to the source, about 4,200 soldiers are now at the border.", 4200).Via);

    // Near miss: one who spoke before is still the "he" after.
    [Fact]
    public void One_who_spoke_is_the_he_who_speaks_next() =>
        Assert.Equal("Piotr Zalewski", Of("Headline\n\nArmy spokesman Piotr Zalewski confirmed the move.\n\nHe said about 3,500 soldiers had reached the base.", 3500).AttributedTo);
}
