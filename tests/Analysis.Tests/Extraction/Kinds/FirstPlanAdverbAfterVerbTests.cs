namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A first plan since changed, told in the past perfect, reads as earlier with its adverb right after the verb as well as before
/// it ("had planned at first for a force of some 5,000", "had pledged originally some 800", as "had originally planned" already
/// did); "once again" and "once more" repeat a report of now, and a plan of now keeps its "initially". The sentences are ours.
/// </summary>
public class FirstPlanAdverbAfterVerbTests
{
    [Theory]
    [InlineData("The bloc had planned at first for a brigade of some 4,500 men from five states.", 4500, EstimateStatus.Earlier)]
    [InlineData("The alliance had planned initially to send about 3,000 troops, but only 1,800 came.", 3000, EstimateStatus.Earlier)]
    [InlineData("Ghana had pledged originally some 800 soldiers to the mission.", 800, EstimateStatus.Earlier)]
    // Near misses: a report repeated now, and a plan with no adverb of a first time.
    [InlineData("The agency had said once again that 2,000 troops were near the border.", 2000, EstimateStatus.Current)]
    [InlineData("The agency said once more that 2,000 troops were near the border.", 2000, EstimateStatus.Current)]
    [InlineData("The force is expected initially to total 2,000 troops.", 2000, EstimateStatus.Planned)]
    public void A_first_plan_with_its_adverb_after_the_verb_is_earlier(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
