namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The whole a share has left from is the level before the share left ("8,100 of its 11,500 personnel had left", "Most of the
/// last 900 troops have withdrawn"): earlier. A level told "at the peak" at the sentence's opening is earlier too. Near
/// misses: a share still to leave, and a whole the share stays in. The sentences are ours.
/// </summary>
public class DepartedSharesTests
{
    [Theory]
    [InlineData("The mission said 8,100 of its 11,500 uniformed personnel had left the country.", 11500, EstimateStatus.Earlier)]
    [InlineData("Most of the last 900 Syrian troops in the valley have withdrawn in the past week.", 900, EstimateStatus.Earlier)]
    [InlineData("At the peak almost 12,000 marines and soldiers were ashore.", 12000, EstimateStatus.Earlier)]
    // Near misses.
    [InlineData("The mission said 8,100 of its 11,500 uniformed personnel will leave by June.", 11500, EstimateStatus.Current)]
    [InlineData("Most of the 900 Syrian troops in the valley have stayed.", 900, EstimateStatus.Current)]
    public void Status_of_the_whole(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
