namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An order that sends a unit somewhere ("ordered a brigade of 3,000 soldiers to the border") sends the troops later, as
/// "ordered 3,000 soldiers to the border" does: planned. An order told as carried out, or a unit deployed, stays current.
/// The sentences are ours.
/// </summary>
public class OrderedUnitsTests
{
    [Theory]
    [InlineData("The president ordered a brigade of 3,000 soldiers to the border on Monday.", 3_000d)]
    [InlineData("The prime minister yesterday ordered a battle group of 1,200 men to Tallinn to reinforce the garrison.", 1_200d)]
    public void A_unit_ordered_somewhere_is_planned(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near misses: an order carried out; a unit deployed.
    [InlineData("The president had already ordered a brigade of 3,000 soldiers to the border, where they arrived on Monday.", 3_000d)]
    [InlineData("The army deployed a brigade of 3,000 soldiers to the border.", 3_000d)]
    public void A_unit_sent_or_ordered_before_stays_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);
}
