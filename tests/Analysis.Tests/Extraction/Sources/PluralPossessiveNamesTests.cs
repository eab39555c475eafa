namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body's name may hold a plural possessive after "of" ("Committee of Soldiers' Mothers", "Department of Veterans'
/// Affairs"): the name runs on past the apostrophe, not cut into two names of which the second is cited.
/// </summary>
public class PluralPossessiveNamesTests
{
    [Theory]
    [InlineData("The Committee of Soldiers' Mothers said 3,000 conscripts had been sent to the front.", "Committee of Soldiers' Mothers")]
    [InlineData("The Union of Veterans' Families said 400 reservists were still missing.", "Union of Veterans' Families")]
    public void A_plural_possessive_after_of_stays_in_the_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A possessive that opens the run is the owner of what follows, not part of a name: the titled person speaks.
    [InlineData("The Marines' Commandant, Gen. Ivan Berg, said 3,000 Marines would go.", "Ivan Berg")]
    public void A_possessive_that_opens_a_phrase_is_no_name(string text, string source) =>
        Assert.Equal(source, Assert.Single(Mentions(text)).Source);
}
