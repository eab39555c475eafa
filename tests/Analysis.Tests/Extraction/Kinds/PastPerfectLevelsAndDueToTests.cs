namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Earlier frames and planned markers of real reporting (a level told
/// in the past perfect, "had" with an earlier adverb, "due to" after the figure, a place that is to take troops). Each row
/// has a twin where the same words leave the figure as it was.
/// </summary>
public class PastPerfectLevelsAndDueToTests
{
    private static EstimateStatus StatusOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value).Status;

    [Theory]
    // A level told in the past perfect: what there was before the change the sentence goes on to tell.
    [InlineData("The French presence in the region had stood at about 1,200 soldiers before the coup.", 1200, EstimateStatus.Earlier)]
    [InlineData("The French presence in the region stands at about 1,200 soldiers, the ministry said.", 1200, EstimateStatus.Current)]
    // "had" and an earlier adverb before any verb: a plan or a level since superseded.
    [InlineData("Rome had originally weighed sending up to 3,000 soldiers, but the cabinet settled on far fewer.", 3000, EstimateStatus.Earlier)]
    [InlineData("Rome had previously pledged 800 troops to the mission, the minister recalled.", 800, EstimateStatus.Earlier)]
    [InlineData("Rome is weighing sending up to 3,000 soldiers, the minister said.", 3000, EstimateStatus.Planned)]
    [InlineData("Rome had sent 800 troops to the mission by March, the minister said.", 800, EstimateStatus.Current)]
    public void A_past_perfect_frame_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // "due to" right after the figure, the "are" dropped: troops still to move.
    [InlineData("The brigade includes some 2,300 paratroopers due to leave the island next year.", 2300, EstimateStatus.Planned)]
    [InlineData("The brigade includes some 2,300 paratroopers who left the island last year.", 2300, EstimateStatus.Current)]
    // A place that is to take troops in (next to "receive" and "host").
    [InlineData("The new base is expected eventually to take about 2,000 soldiers on rotation.", 2000, EstimateStatus.Planned)]
    [InlineData("The new base already houses about 2,000 soldiers on rotation.", 2000, EstimateStatus.Current)]
    public void Due_to_and_a_place_to_take_troops_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));
}
