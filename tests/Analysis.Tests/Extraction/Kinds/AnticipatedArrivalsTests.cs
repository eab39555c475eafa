namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "are anticipated" / "is anticipated" right after a figure says the troops are still to come, as "are expected" does
/// ("a further 600 officers are anticipated by March"): planned. The past "were anticipated" tells of a plan then, not now.
/// The sentences are ours.
/// </summary>
public class AnticipatedArrivalsTests
{
    [Theory]
    [InlineData("Roughly 800 more troops are anticipated, the spokesman said.", 800, EstimateStatus.Planned)]
    [InlineData("A second wave of 1,200 soldiers is anticipated before the rainy season, the ministry said.", 1200, EstimateStatus.Planned)]
    // Near miss: troops who are already there.
    [InlineData("Some 400 police landed last month.", 400, EstimateStatus.Current)]
    public void Anticipated_troops_are_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
