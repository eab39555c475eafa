namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part drawn from a whole ("Some 500 of the 2,000 soldiers in the region will stay on") is the subject of the future form
/// after the whole: the part is a plan, the whole it is drawn from is there now. A whole told as a plan ("of the planned 6,000")
/// stays one, and a past verb keeps the part current. The sentences are ours.
/// </summary>
public class PartitiveSubjectFutureTests
{
    [Theory]
    [InlineData("Some 500 of the 2,000 soldiers in the region will stay on as trainers, officials said.", 500, EstimateStatus.Planned)]
    [InlineData("Some 500 of the 2,000 soldiers in the region will stay on as trainers, officials said.", 2000, EstimateStatus.Current)]
    [InlineData("Roughly 800 of its 2,400 soldiers are to leave the country in the spring, the ministry said.", 800, EstimateStatus.Planned)]
    [InlineData("Roughly 800 of its 2,400 soldiers are to leave the country in the spring, the ministry said.", 2400, EstimateStatus.Current)]
    [InlineData("About 1,200 of the 4,000 Kenyan peacekeepers would return home by December, the spokesman said.", 1200, EstimateStatus.Planned)]
    [InlineData("About 1,200 of the 4,000 Kenyan peacekeepers would return home by December, the spokesman said.", 4000, EstimateStatus.Current)]
    // Near misses: the whole is itself a plan; the part's verb is past.
    [InlineData("About 1,000 of the planned 6,000 reinforcements will arrive next week.", 6000, EstimateStatus.Planned)]
    [InlineData("About 1,000 of the 3,000 troops left the country last month.", 1000, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}
