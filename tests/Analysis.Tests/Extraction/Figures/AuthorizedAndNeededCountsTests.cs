namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bare number a verb of authorizing, needing or giving takes, in a passage about troops (tag "ellipsis"): "In August he
/// had authorized 50,000", "the mission would need 3,000", "Washington would provide up to 25,000". The same verbs take money,
/// supplies and votes, which are not troop counts.
/// </summary>
public class AuthorizedAndNeededCountsTests
{
    [Theory]
    [InlineData("The defence secretary approved the call-up of 20,000 more reservists on Friday. In March he had authorized 15,000.", 15_000d)]
    [InlineData("The UN force in the east is short of peacekeepers. The mission would need 3,000 to hold the towns, the envoy said.", 3_000d)]
    [InlineData("Commanders in the south have asked for more troops. They said they could need as many as 20,000 by spring.", 20_000d)]
    [InlineData("Mali's government wants more peacekeepers in the north. The plan would require 4,000, the minister said.", 4_000d)]
    [InlineData("NATO planners are drafting a peace force for the region. Washington would provide up to 25,000, the general said.", 25_000d)]
    [InlineData("Ghana already has peacekeepers in Lebanon and says it can contribute 800 to the new force.", 800d)]
    public void Counts_troops_an_authorizing_or_needing_verb_takes(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.High) == value && c.Kind == TroopKind.Deployment);

    [Theory]
    [InlineData("The UN has 12,000 peacekeepers in Congo. The mission would need 300 million next year, the envoy said.", 300_000_000d)]
    [InlineData("Ukraine's army is running short of artillery shells. Its gunners would need 200,000 a month, officials said.", 200_000d)]
    [InlineData("The peacekeepers escorted the convoy. The camp required 1,200 in food aid every week, the agency said.", 1_200d)]
    [InlineData("The army has 12,000 soldiers in the region. The village needed 300 tents after the flood.", 300d)]
    [InlineData("NATO troops in Kosovo will be reinforced. Germany would provide 100 of the 400 vehicles, the ministry said.", 100d)]
    [InlineData("Soldiers guard the border crossing. The parliament approved 250 to 90 a motion to extend their mission.", 250d)]
    [InlineData("The Senate debated the deployment of troops. The resolution needed 60 votes and got 58.", 60d)]
    [InlineData("The defence secretary approved the call-up of 20,000 more reservists. In March he had authorized 15,000 dollars for their training.", 15_000d)]
    public void Does_not_count_money_supplies_or_votes_the_same_verbs_take(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => (c.Value ?? c.High) == value);
}
