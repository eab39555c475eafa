namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops "already promised" or "now expected" are still to come (planned): the adverb of time belongs to the promise or the
/// expectation, not to a presence. "Now" or "already" with a presence stays current. The sentences are ours.
/// </summary>
public class PromisedAndExpectedAfterAdverbsTests
{
    [Theory]
    [InlineData("More than 3,000 soldiers have already been promised for the mission, officials said.", 3_000d)]
    [InlineData("Ghana's 450 peacekeepers are now expected on Friday, a spokesman said.", 450d)]
    public void Troops_promised_or_expected_are_planned(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near misses: a presence told with "now" and "already".
    [InlineData("About 450 Ghanaian peacekeepers are now in the capital.", 450d)]
    [InlineData("More than 3,000 soldiers have already arrived in the region.", 3_000d)]
    public void Troops_there_now_stay_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);
}
