namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An estimate given in the progressive ("NATO is estimating that …", "officials are estimating that …") is the estimator's, as
/// "estimates" is; a count a body lists ("The Pentagon also lists 1,250 sailors as wounded") is that body's tally. A list named
/// with no body before its verb gives no voice. The sentences are ours.
/// </summary>
public class ProgressiveEstimatesAndListsTests
{
    [Theory]
    [InlineData("NATO is estimating that about 3,400 Belarusian troops are massed near the Lithuanian border.", "NATO")]
    [InlineData("Danish officials are estimating that 2,500 Russian soldiers took part in the drill.", "Danish officials")]
    [InlineData("The Pentagon was estimating that roughly 1,800 Marines would be needed.", "Pentagon")]
    [InlineData("The Pentagon also lists 1,250 sailors as wounded in the attack.", "Pentagon")]
    [InlineData("The Defense Department lists 412 soldiers killed in the operation so far.", "Pentagon")]
    // Near miss: "lists" with no body before it speaks for no one.
    [InlineData("The 600 soldiers on the lists were sent home.", null)]
    public void The_estimator_or_the_lister_is_the_origin(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
