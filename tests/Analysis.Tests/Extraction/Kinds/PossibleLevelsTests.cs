namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The status of a level a text gives as a possibility. Each rule has rows where it applies and
/// near misses where the same words must leave the figure as it was.
/// </summary>
public class PossibleLevelsTests
{
    [Theory]
    // A modal of possibility, a verb of change or reaching and a target word before the figure: a level still to come.
    [InlineData("Untitled\n\nThe new brigades could lift Britain's troop strength in the Gulf above 30,000.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nWith the support units in Hungary, alliance strength in Bosnia could come close to 60,000.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe extra rotations might push the German contingent in Lithuania over 5,000 troops.", EstimateStatus.Planned)]
    // Near misses: the same verb in the past, and a possibility in another clause, leave the level as it is.
    [InlineData("Untitled\n\nThe new brigades lifted Britain's troop strength in the Gulf above 30,000.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe rotations could end soon; the German contingent in Lithuania rose to 5,000 troops.", EstimateStatus.Current)]
    public void A_possibility_of_a_level_is_planned(string text, EstimateStatus status) =>
        Assert.Equal(status, Only(text).Status);

    [Theory]
    // "first" before the first figure and "then"/"later" between the two: the first is the estimate the second replaced.
    [InlineData("Untitled\n\nParis first spoke of 2,000 soldiers, then of 4,500.", EstimateStatus.Earlier, EstimateStatus.Current)]
    [InlineData("Untitled\n\nKyiv initially put the contingent at 8,000 troops and later at 11,000.", EstimateStatus.Earlier, EstimateStatus.Current)]
    // Near misses: an addition ("another") keeps both, and without "first" two figures in a row are not a sequence of estimates.
    [InlineData("Untitled\n\nThe army first sent 3,000 soldiers, then another 2,000.", EstimateStatus.Current, EstimateStatus.Current)]
    [InlineData("Untitled\n\nParis spoke of 2,000 soldiers in Chad, then of 4,500 in Niger.", EstimateStatus.Current, EstimateStatus.Current)]
    public void Estimates_told_first_then_replace_the_first(string text, EstimateStatus first, EstimateStatus second)
    {
        var figures = DocumentCounts(text);
        Assert.Equal([first, second], figures.Select(f => f.Status));
    }
}
