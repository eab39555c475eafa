namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An approval told in the present, as headlines and decks tell a vote or a leader's go-ahead ("The assembly authorizes sending
/// up to 450 police officers", "Cabinet OKs 3K troops"), makes the troops it sends a plan, as the past "approved sending"
/// already did. Our own sentences.
/// </summary>
public class PresentApprovalsTests
{
    [Theory]
    [InlineData("Senate approves sending 650 soldiers to the region\n\nThe vote came late on Tuesday.", 650d)]
    [InlineData("Untitled\n\nThe cabinet authorises deploying 300 engineers to the mission.", 300d)]
    [InlineData("Untitled\n\nThe assembly authorizes sending up to 450 police officers to the island.", 450d)]
    [InlineData("Cabinet OKs 3K troops for the mission\n\nThe order was signed on Friday.", 3_000d)]
    public void A_present_approval_of_a_sending_is_a_plan(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Of(passage, value).Status);
}
