namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Several countries' adjectives listed before one "estimates" ("according to Israeli, Turkish and Western estimates") name
/// several estimates, each a source of its own, the first the figure's voice. An estimate credited to a country is that
/// country's voice, listed or alone, so a listed country is named by the country ("Israel"); a listed word that names no
/// country keeps the text's words ("Western estimates"). A body's estimates credited to countries listed after "from"
/// ("intelligence estimates from Oslo, Rome and Madrid") are each country's body ("Norwegian intelligence"). The sentences are ours.
/// </summary>
public class ListedEstimatesTests
{
    [Theory]
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Israel")]
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Turkey")]
    [InlineData("U.S. and British estimates put the Wagner force in Libya at 2,000.", "United States")]
    [InlineData("U.S. and British estimates put the Wagner force in Libya at 2,000.", "United Kingdom")]
    [InlineData("The rebels may field as many as 5,000 fighters, according to Chadian and French estimates.", "Chad")]
    [InlineData("The rebels may field as many as 5,000 fighters, according to Chadian and French estimates.", "France")]
    // A body's estimates credited to listed countries: each country's body.
    [InlineData("Intelligence estimates from Oslo, Rome and Madrid suggest that about 4,000 Wagner fighters are in Libya.", "Norwegian intelligence")]
    [InlineData("Intelligence estimates from Oslo, Rome and Madrid suggest that about 4,000 Wagner fighters are in Libya.", "Italian intelligence")]
    [InlineData("Intelligence estimates from the US, Britain, and France put the Wagner force in Mali at about 1,500.", "British intelligence")]
    [InlineData("Intelligence estimates from the US, Britain, and France put the Wagner force in Mali at about 1,500.", "French intelligence")]
    // Near miss: a listed word that names no country keeps the text's words.
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Western estimates")]
    public void Each_listed_estimate_is_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("U.S. and British estimates put the Wagner force in Libya at 2,000.", 2000, "United States")]
    [InlineData("The rebels may field as many as 5,000 fighters, according to Chadian and French estimates.", 5000, "Chad")]
    [InlineData("Intelligence estimates from Oslo, Rome and Madrid suggest that about 4,000 Wagner fighters are in Libya.", 4000, "Norwegian intelligence")]
    [InlineData("Intelligence estimates from the US, Britain, and France put the Wagner force in Mali at about 1,500.", 1500, "U.S. intelligence")]
    public void The_first_listed_estimate_gives_the_figure(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // A listed country's estimates are named by the country, not by its adjective.
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Israeli estimates")]
    [InlineData("U.S. and British estimates put the Wagner force in Libya at 2,000.", "British estimates")]
    // The countries of a body's listed estimates are its owners, not voices of their own.
    [InlineData("Intelligence estimates from Oslo, Rome and Madrid suggest that about 4,000 Wagner fighters are in Libya.", "Norway")]
    [InlineData("Intelligence estimates from the US, Britain, and France put the Wagner force in Mali at about 1,500.", "France")]
    // Near misses: a single adjective's estimates are its country's; one country after "from" is left to the other readings.
    [InlineData("Some 800 Iranian advisers remain in Iraq, according to Turkish estimates.", "Turkish estimates")]
    [InlineData("Intelligence estimates from Seoul put the force at 3,000.", "South Korean intelligence")]
    // Near misses: a list the text compares with and does not cite still claims its words; they name no one of their own.
    [InlineData("The ministry says 212 soldiers have died, far below Israeli and Turkish estimates.", "Israeli and Turkish")]
    public void Not_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
