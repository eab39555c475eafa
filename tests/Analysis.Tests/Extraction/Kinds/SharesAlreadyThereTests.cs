namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A smaller count already there, joined by "and" or "with" to a planned dispatch before it, is the part of that dispatch that
/// has come (subset, current); a force the dispatch joins or adds to stays a deployment.
/// </summary>
public class SharesAlreadyThereTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    [InlineData("Seoul's spy agency said Pyongyang plans to send another 4,000 troops to Russia, and about 700 engineers are already there.", 700)]
    [InlineData("The agency believes the North is preparing to deploy 5,000 more soldiers and that some 1,200 have already arrived in Russia.", 1200)]
    [InlineData("Officials believe the North will deploy another 3,500 troops, with about 800 engineers already in Kursk.", 800)]
    public void A_share_of_a_planned_dispatch_already_there_is_a_subset(string sentence, double value)
    {
        var count = FigureOf(sentence, value);
        Assert.Equal(TroopKind.Subset, count.Kind);
        Assert.Equal(EstimateStatus.Current, count.Status);
    }

    [Theory]
    // Near misses: a force the dispatch joins, a place where troops already stand, a call-up it adds to.
    [InlineData("Three states would send up to 900 more U.S. troops to join the 1,100 already in the city.", 1100)]
    [InlineData("The Lebanese army will send another 6,000 soldiers to the south, where 4,800 are already stationed.", 4800)]
    [InlineData("The British minister ordered 1,500 more reservists, on top of the 4,000 already called up.", 4000)]
    public void A_force_the_dispatch_joins_stays_a_deployment(string sentence, double value) =>
        Assert.Equal(TroopKind.Deployment, FigureOf(sentence, value).Kind);
}
