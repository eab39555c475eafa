namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// One unnamed spokesperson of a country's armed forces ("a British military spokesman said", "a South African defence
/// spokeswoman") is one of the country's military officials, as the DevSet header names them ("British military officials"):
/// not the forces, nor a group of "defense spokesperson". The forces' own spokesperson ("the military spokesman said"), a named
/// one, and a service's ("a Nigerian army spokesman", "a Nigerian navy spokesman") keep their readings.
/// </summary>
public class ArmedForcesSpokespeopleTests
{
    [Theory]
    [InlineData("About 400 soldiers will stay to train the local army, a British military spokesman said on Wednesday.", "British military officials")]
    [InlineData("Some 200 troops from Botswana are expected later today, a South African defence spokeswoman said.", "South African military officials")]
    [InlineData("About 1,200 troops will move to the province next week, one Indian military spokesman told reporters.", "Indian military officials")]
    [InlineData("Some 2,500 soldiers have left the island, a Turkish armed forces spokesman said.", "Turkish military officials")]
    [InlineData("The battalion of 800 soldiers arrived on Monday, an Israeli defense spokesperson said.", "Israeli military officials")]
    public void Military_officials(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Some 200 troops from Botswana are expected later today, a South African defence spokeswoman said.", "South African defense spokesperson")]
    [InlineData("About 400 soldiers will stay to train the local army, a British military spokesman said on Wednesday.", "British military")]
    public void Not_the_force(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // The forces' own spokesperson speaks for them, a service's for the service; a named one is the person.
    [InlineData("Israel has called up 300,000 reservists in 48 hours, the Israeli military spokesman said on Monday.", "Israeli military")]
    [InlineData("A small advance party of 150 soldiers has been sent to the capital, a Nigerian army spokesman said.", "Nigerian Army")]
    [InlineData("About 1,100 soldiers will leave the port, a Nigerian navy spokesman said.", "Nigerian Navy")]
    [InlineData("About 1,100 soldiers will leave for Congo within the month, Indian army spokesman Virendra Singh said.", "Virendra Singh")]
    public void Keeps_its_reading(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
