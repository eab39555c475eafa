namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Pledges of troops still to come. A headline writes a pledge of several in the plural present ("Countries pledge 40,000
/// peacekeepers", "World nations promise over 40,000 troops"): planned, as "pledges" and "pledged" already are. A gapped clause
/// that names its contributor and keeps its own noun ("has promised 2,000 soldiers and Togo a total of 540 men") shares the
/// verb, and so the plan, of the clause before. Real reporting of peacekeeping pledges and of the African force for Mali wrote
/// each. The sentences are ours.
/// </summary>
public class PledgesOfSeveralAndGappedContributorsTests
{
    [Theory]
    [InlineData("Gulf states pledge 12,000 troops for the border mission\n\nThe ministers met on Monday.", 12000)]
    [InlineData("Nordic nations promise over 3,000 soldiers to the alliance\n\nThe ministers met on Monday.", 3000)]
    [InlineData("Andean neighbours offer 1,500 more troops to the mission\n\nThe ministers met on Monday.", 1500)]
    [InlineData("Twenty countries pledge extra 9,000 peacekeepers at summit\n\nThe ministers met on Monday.", 9000)]
    // Near misses: a headline of a move made, and a plural sending verb.
    [InlineData("Gulf states send 12,000 troops to the border\n\nThe ministers met on Monday.", 12000, EstimateStatus.Current)]
    [InlineData("Nordic nations deploy 3,000 soldiers to the alliance\n\nThe ministers met on Monday.", 3000, EstimateStatus.Current)]
    public void A_headline_pledge_of_several_is_planned(string document, double value, EstimateStatus status = EstimateStatus.Planned) =>
        Assert.Equal(status, Of(document, value).Status);

    [Theory]
    [InlineData("Kenya has promised 1,200 soldiers and Rwanda a total of 650 men.", 650)]
    [InlineData("Peru will send 900 police officers and Bolivia another 350 soldiers.", 350)]
    [InlineData("Ghana has pledged 700 troops and Sierra Leone a further 420 troops.", 420)]
    // Near misses: a gapped clause with a verb of its own, and one after a move made.
    [InlineData("Peru will send 900 police officers and Bolivia 350 soldiers have arrived.", 350, EstimateStatus.Current)]
    [InlineData("Kenya has sent 1,200 soldiers and Rwanda a total of 650 men.", 650, EstimateStatus.Current)]
    public void A_gapped_contributor_shares_the_plan(string text, double value, EstimateStatus status = EstimateStatus.Planned) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
