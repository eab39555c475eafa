namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The status of a figure is its own clause's: a word of the present right after a modal of the future ("will now be flown",
/// "are now to be called up") dates the plan and leaves the troops still to come; a figure in a fronted clause or in a time
/// clause told in the past ("After some 1,500 reservists were sent home last month, ...", "As 2,000 marines were sent in
/// March, ...") keeps its own verb, not the future of the main clause. Near misses: the present alone ("are now on duty"), a
/// cue of the troops there ("already on the island"), and a time clause in the present that speaks of the future ("After the
/// 1,500 reservists are gone", "Once the first 300 paratroopers land") keep their readings. The sentences are ours.
/// </summary>
public class FigureOwnClauseTenseTests
{
    [Theory]
    [InlineData("The ministry said 900 paratroopers will now be flown to the island.", 900, EstimateStatus.Planned)]
    [InlineData("Some 1,500 reservists are now to be called up, officials said.", 1500, EstimateStatus.Planned)]
    [InlineData("After some 1,500 reservists were sent home last month, about 600 marines will leave too.", 1500, EstimateStatus.Current)]
    [InlineData("As 2,000 marines were sent in March, the navy will deploy more ships.", 2000, EstimateStatus.Current)]
    // Near misses.
    [InlineData("About 1,500 reservists are now on duty.", 1500, EstimateStatus.Current)]
    [InlineData("About 900 paratroopers already on the island will now stay until May.", 900, EstimateStatus.Current)]
    [InlineData("After the 1,500 reservists are gone, about 600 marines will remain.", 1500, EstimateStatus.Planned)]
    [InlineData("Once the first 300 paratroopers land, 600 more will follow.", 300, EstimateStatus.Planned)]
    public void Status_of_the_own_clause(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
