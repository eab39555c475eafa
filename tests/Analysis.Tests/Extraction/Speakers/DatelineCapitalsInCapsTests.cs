namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A wire story's dateline in capitals names its capital even where title case cannot restore the name ("N'DJAMENA" is
/// N'Djamena, "PORT-AU-PRINCE" Port-au-Prince, "DAR ES SALAAM" Dar es Salaam), so a body the story names bare ("the army
/// said", "the general staff said") is that country's. Near miss: a dateline the kit knows no country of leaves the army unowned. The sentences are ours.
/// </summary>
public class DatelineCapitalsInCapsTests
{
    [Theory]
    [InlineData("N'DJAMENA (AFP) - Twelve soldiers were killed in the ambush, the army said on Monday.", "Chadian Army")]
    [InlineData("NDJAMENA (Reuters) - Twelve soldiers were killed in the ambush, the army said on Monday.", "Chadian Army")]
    [InlineData("PORT-AU-PRINCE (AP) - Twelve soldiers were wounded in the clash, the army said on Monday.", "Haitian Army")]
    [InlineData("DAR ES SALAAM (Reuters) - Twelve soldiers were killed in the ambush, the army said on Monday.", "Tanzanian Army")]
    [InlineData("YANGON (AFP) - Twelve soldiers were killed in the ambush, the army said on Monday.", "Myanmar Army")]
    [InlineData("KYIV (AFP) - Twelve soldiers were killed in the ambush, the army said on Monday.", "Ukrainian Army")]
    [InlineData("SPRINGFIELD (AFP) - Twelve soldiers were killed in the ambush, the army said on Monday.", null)]
    public void A_capital_in_capitals_owns_the_bare_army(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // A country's command named bare, in lower case as AFP copy writes it, is the dateline country's General Staff.
    [InlineData("N'DJAMENA (AFP) - Twelve soldiers were killed in the ambush, the general staff said on Monday.", "Chadian General Staff")]
    [InlineData("BAMAKO (AFP) - The last toll given by the general staff, on Sunday, was 14 soldiers dead.", "Malian General Staff")]
    [InlineData("KYIV (Reuters) - The general staff said 40 soldiers had been wounded in the night.", "Ukrainian General Staff")]
    public void A_bare_general_staff_is_the_dateline_country_s(string text, string origin) =>
        Assert.Equal(origin, Counts(text)[0].AttributedTo);
}
