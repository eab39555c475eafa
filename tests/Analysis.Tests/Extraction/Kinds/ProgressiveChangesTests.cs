namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A change of a force's level told in the present progressive is still under way: the level it goes to is not reached yet
/// (planned), the level it starts from is the one there now (current). "Our police contingent is being raised from 14 to 19
/// officers", "Belgium is trimming its mission of about 900 soldiers to 600", "we're going down to 4,200 troops". Near misses:
/// the size of a change told in the progressive ("is strengthening ... by 1,500", current), the same change told as done. Our
/// own sentences.
/// </summary>
public class ProgressiveChangesTests
{
    [Theory]
    [InlineData("Untitled\n\nOur police contingent in the mission is being raised from 14 to 19 officers, the minister said.", 14d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nOur police contingent in the mission is being raised from 14 to 19 officers, the minister said.", 19d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nBelgium, which is trimming its mission of about 900 soldiers to 600, says the region must do more.", 600d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\n\"We're going down to 4,200 troops and then we look again,\" the president said of the garrison.", 4_200d, EstimateStatus.Planned)]
    // Near misses: the size of a change told in the progressive, and a change told as done.
    [InlineData("Untitled\n\nThe army is strengthening its contingent in the north by 1,500 soldiers.", 1_500d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nBelgium, which is trimming its mission of about 900 soldiers to 600, says the region must do more.", 900d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe army cut its contingent in the north from 1,200 to 800 soldiers last year.", 1_200d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe army cut its contingent in the north from 1,200 to 800 soldiers last year.", 800d, EstimateStatus.Current)]
    public void A_change_under_way_goes_to_a_planned_level_from_the_current_one(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(passage, value).Status);
}
