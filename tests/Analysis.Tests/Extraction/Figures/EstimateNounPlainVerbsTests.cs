namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An estimate noun with no troop noun, then the plain form of a verb of passing after a modal or a negation (tag "ellipsis"):
/// "Their number will not exceed 5,000", "The number could pass 10,000", read as "will not top" is. An estimate noun whose own
/// words name other people ("the number of refugees could top 10,000") does not count troops, in a passage about them or not.
/// </summary>
public class EstimateNounPlainVerbsTests
{
    [Theory]
    [InlineData("Japan will send more troops to the island. Their number will not exceed 5,000, the minister said.", 5_000d)]
    [InlineData("Poland is moving soldiers to the border. The number could pass 10,000 by the weekend, a general said.", 10_000d)]
    [InlineData("Seoul will send more soldiers to the mission. The number may exceed 1,000, the ministry said.", 1_000d)]
    public void Counts_troops_an_estimate_noun_names(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.High ?? c.Low) == value && c.Kind == TroopKind.Deployment);

    [Theory]
    [InlineData("Poland is moving soldiers to the border. The number of refugees could top 10,000 by the weekend, a general said.", 10_000d)]
    [InlineData("Poland is moving soldiers to the border. The number of refugees could pass 10,000 by the weekend, a general said.", 10_000d)]
    [InlineData("Troops have sealed off the district. The number of displaced has topped 5,000, officials said.", 5_000d)]
    [InlineData("Troops have sealed off the district. The number of displaced will not exceed 5,000, officials said.", 5_000d)]
    [InlineData("Soldiers are guarding the polling stations. The number of voters could reach 2,000 in each district.", 2_000d)]
    [InlineData("NATO has 4,000 troops in the Baltic states. The number of jets could exceed 400, a spokesman said.", 400d)]
    [InlineData("The army has 4,000 troops in the south. The cost will not exceed 5,000 per soldier, the ministry said.", 5_000d)]
    public void Does_not_count_an_estimate_of_others(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => (c.Value ?? c.High ?? c.Low) == value);
}
