namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A modal of possibility joined to a verb of size right before a figure ("which could number as many as 11,000", "may
/// number up to 3,000", "there could be as many as 3,000 of them") gives a hedged estimate of the troops there now (current),
/// not troops still to come. Near misses: a time still to come in the figure's clause, "soon" between, a need ("the
/// requirement could be"), and a modal of an action ("could send") keep the plan. The sentences are ours.
/// </summary>
public class PossibleSizeNowTests
{
    [Theory]
    [InlineData("Moscow has admitted the presence of the brigades, which could number as many as 8,000, according to Western estimates.", 8000, EstimateStatus.Current)]
    [InlineData("The mercenary force may number up to 2,500 fighters, analysts said.", 2500, EstimateStatus.Current)]
    [InlineData("There could be as many as 4,000 foreign soldiers near the border, officials said.", 4000, EstimateStatus.Current)]
    // Near misses.
    [InlineData("The mercenary force could number 20,000 fighters by next year, analysts said.", 20000, EstimateStatus.Planned)]
    [InlineData("There may soon be as many as 4,000 foreign soldiers near the border, officials said.", 4000, EstimateStatus.Planned)]
    [InlineData("The requirement could be as many as 6,000 troops, the general said.", 6000, EstimateStatus.Planned)]
    [InlineData("Poland could send as many as 4,000 troops to the border, officials said.", 4000, EstimateStatus.Planned)]
    public void Status_of_a_possible_size(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
