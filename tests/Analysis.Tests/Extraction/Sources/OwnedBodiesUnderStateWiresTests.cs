namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "the country's defence ministry" under a state wire's credit from abroad ("KABUL (Xinhua) --", "TEHRAN (Tasnim) -") is the
/// ministry of the country the words before it name, not the wire's home; the home counts only where the words name no country.
/// The sentences are ours.
/// </summary>
public class OwnedBodiesUnderStateWiresTests
{
    [Theory]
    [InlineData("ANKARA (Anadolu) - Six Iraqi soldiers died when a roadside bomb hit their patrol near Kirkuk, the country's defence ministry said.", 6, "Iraqi Defense Ministry")]
    [InlineData("BEIJING (Xinhua) - Twelve Nigerian troops were wounded in a clash in Borno state on Friday, the country's army said.", 12, "Nigerian Army")]
    [InlineData("TEHRAN (IRNA) - Three Syrian soldiers were killed in an air strike near Homs, the country's defence ministry said.", 3, "Syrian Defense Ministry")]
    // Near miss: the words name no country, so the country is the wire's home.
    [InlineData("ANKARA (Anadolu) - Two soldiers died when a roadside bomb hit their patrol, the country's defence ministry said.", 2, "Turkish Defense Ministry")]
    public void The_countrys_body_is_that_of_the_country_the_words_name(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
