namespace Analysis.Tests.Extraction;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Session 23's "could" lane: the status of a level a text gives as a possibility. Each rule has rows where it applies and
/// near misses where the same words must leave the figure as it was.
/// </summary>
public class S23CouldTests
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
}
