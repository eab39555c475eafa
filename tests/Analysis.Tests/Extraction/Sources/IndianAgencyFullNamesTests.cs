namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// India's news agencies by their full names, as "Press Trust of India" and "United News of India" are: the Indo-Asian News
/// Service whether the copy credits "(IANS)" or spells it out.
/// </summary>
public class IndianAgencyFullNamesTests
{
    [Theory]
    [InlineData("New Delhi, May 9 (IANS) About 1,500 more troops were moved to the border districts on Friday, officials said.", "Indo-Asian News Service")]
    [InlineData("About 300 paratroopers were flown in overnight, the Indo-Asian News Service reported.", "Indo-Asian News Service")]
    public void Full_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("New Delhi, May 9 (IANS) About 1,500 more troops were moved to the border districts on Friday, officials said.", "IANS")]
    public void Not_the_initials(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
