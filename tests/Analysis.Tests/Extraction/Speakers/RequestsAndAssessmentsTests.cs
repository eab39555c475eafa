namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose words a figure is, by categories of real reporting: a request or
/// formal demand is its maker's voice (the F header's convention), a course ruled out is said by who rules it out, and an assessment in
/// translated copy ("judges that") speaks. Each rule with rows where it applies and rows where the same words must not change
/// the answer. The sentences are ours, in real shapes.
/// </summary>
public class RequestsAndAssessmentsTests
{
    [Theory]
    // A request or demand that states a figure is its maker's.
    [InlineData("Talks\n\nPresident Adama Keita has formally asked France to withdraw its 1,200 soldiers by June.", 1200, "Adama Keita")]
    [InlineData("Talks\n\nPrime Minister Ivan Petrenko has formally requested that NATO send 3,000 more troops to the border.", 3000, "Ivan Petrenko")]
    // A request inside another's speech is the speaker's figure; a sum demanded for troops is no request of troops.
    [InlineData("Talks\n\nDefence Minister Jan Novak says President Adama Keita has asked him to add 300 more troops.", 300, "Jan Novak")]
    [InlineData("Talks\n\nSouth Korea will pay more. President Adama Keita had demanded $2 billion a year for the roughly 9,000 troops.", 9000, null)]
    // An adverb of form between the maker and the request.
    [InlineData("Talks\n\nPresident Adama Keita said on Monday the talks would go on. Keita had formally asked France to withdraw its 1,200 soldiers by June.", 1200, "Adama Keita")]
    // A refused request cites no figure; a speaker asked about something speaks by the verb that says it.
    [InlineData("Talks\n\nGermany rejected a request to send 2,000 troops to the region.", 2000, null)]
    [InlineData("Talks\n\nAbout 400 soldiers crossed the river, Defence Minister Jan Novak said when asked about the border.", 400, "Jan Novak")]
    public void A_request_is_its_makers_voice(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // A course ruled out, with its figure, is said by who rules it out.
    [InlineData("Talks\n\nPrime Minister Ivan Petrenko has ruled out sending 5,000 troops to the mission.", 5000, "Ivan Petrenko")]
    // An assessment before "that" speaks; the noun "judges" does not.
    [InlineData("Talks\n\nThe Joint Chiefs of Staff judges that about 3,000 more soldiers are being readied.", 3000, "Joint Chiefs of Staff")]
    [InlineData("Talks\n\nThree military judges sat while about 3,000 soldiers paraded outside the court.", 3000, null)]
    public void A_refusal_of_a_course_and_an_assessment_speak(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // "with reference to" in translated copy cites the origin, as "citing" does.
    [InlineData("War\n\nAbout 1,000 U.S. troops have left the country, UNN reports with reference to U.S. Africa Command.", 1000, "U.S. Africa Command", "UNN")]
    [InlineData("War\n\nAbout 1,000 Russian troops were moved to the border, Ukrinform reports with reference to the General Staff of the Armed Forces of Ukraine.", 1000, "Ukrainian General Staff", "Ukrinform")]
    // Not a reference to a thing: an accord is no voice.
    [InlineData("War\n\nDefence Minister Jan Novak said about 1,000 troops were sent with reference to the 2014 accord.", 1000, "Jan Novak", "")]
    public void With_reference_to_cites_the_origin(string document, double value, string origin, string via)
    {
        var count = Extracted.Of(document, value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), count.Via);
    }
}
