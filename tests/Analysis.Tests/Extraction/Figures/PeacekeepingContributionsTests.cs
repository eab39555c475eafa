namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's share of UN missions counted in people, as peacekeeping copy gives it: "Sri Lanka's contributions to UN
/// peacekeeping stood at 529, including troops, military observers and civilian police". The same share in money or as a
/// percentage is no troop figure.
/// </summary>
public class PeacekeepingContributionsTests
{
    [Theory]
    [InlineData("The President revealed that Sri Lanka's current contributions to UN Peacekeeping stood at 529, including troops, military observers and civilian police.", 529d)]
    [InlineData("Ghana's contribution to UN missions now stands at 2,700, including troops and police.", 2_700d)]
    [InlineData("Bangladesh's contributions to United Nations peacekeeping now stand at some 6,100, the army said.", 6_100d)]
    public void A_contribution_to_peacekeeping_counted_in_people_is_a_deployment(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Deployment);

    [Theory]
    [InlineData("Japan's contribution to UN peacekeeping stood at $1.2 billion last year.")]
    [InlineData("Italy's contribution to UN peacekeeping stood at 3.2 percent of the budget.")]
    [InlineData("Germany's contribution to UN peacekeeping stood at 900 million euros.")]
    public void A_contribution_in_money_or_shares_is_none(string passage) => Assert.Empty(Counts(passage));
}
