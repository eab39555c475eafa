namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bare country name before the crisis a story is named after ("The Laos crisis", "the Cyprus emergency") is where the crisis
/// happens, not an actor whose troops the story counts, as "the Haiti mission" names where a mission serves. The sentences are
/// ours, in the shapes of the 1962 chronologies of the Laos crisis.
/// </summary>
public class CrisisNamePlacesTests
{
    [Theory]
    [InlineData("The Congo crisis, July 1960\n\nBrussels flies in paratroopers. Planners propose moving the 900-man battalion at Kamina up to the capital.", 900d)]
    [InlineData("The Cyprus emergency\n\nAdvisers want the 2,000-man brigade held at Malta until the talks end.", 2000d)]
    public void The_crisis_country_owns_no_troops(string passage, double value) =>
        Assert.Null(Of(passage, value).Subject);

    // Near miss: a country that acts in the story's name owns its troops.
    [Fact]
    public void A_country_that_acts_owns_its_troops() =>
        Assert.Equal("Belgium", Of("Belgium sends troops\n\nPlanners propose moving the 900-man battalion at Kamina up to the capital.", 900d).Subject);
}
