namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count of the maker's own troops in a promise to keep, withdraw, bring home or cut them is the maker's ("pledged on Sunday
/// to keep his country's 370 troops"); a promise to send more, to find troops, or to withdraw a part of a count is no one's. The
/// sentences are ours, in real shapes.
/// </summary>
public class PromisedOwnTroopsTests
{
    [Theory]
    [InlineData("Troops\n\nHonduran President Ricardo Flores pledged on Sunday to keep his country's 370 troops in Iraq until June.", 370, "Ricardo Flores")]
    [InlineData("Troops\n\nPresident Jan Visser promised to bring 450 soldiers home from Mali.", 450, "Jan Visser")]
    [InlineData("Troops\n\nDefence Minister Anna Berg vowed to withdraw the 600 troops by the end of the year.", 600, "Anna Berg")]
    // Four words between the promise verb and its "to", as the sources read the promise to cite its maker.
    [InlineData("Troops\n\nPresident Jan Visser promised at the regional summit to keep the 450 soldiers in Mali.", 450, "Jan Visser")]
    // Near misses: more troops sent, troops found, a part of a count withdrawn.
    [InlineData("Troops\n\nTwenty allies promised on Friday to send 5,000 more troops to the mission.", 5000, null)]
    [InlineData("Troops\n\nPresident Jan Visser promised to find 3,000 troops for the force.", 3000, null)]
    [InlineData("Troops\n\nPresident Jan Visser promised to withdraw half of the country's 4,000 troops.", 4000, null)]
    public void A_promise_of_the_makers_own_troops_is_the_makers_count(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
