namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a factbox or wire line that counts a mission or a force by where it serves, in a relative clause after the
/// host ("the African Union force in Somalia, which according to the AU had some 21,500 troops", "the UN mission in Mali, which
/// had about 13,000 troops"): the clause tells of the force, and the host is no owner. A country alone before the relative
/// still owns what the clause counts.
/// </summary>
public class HostOfForceRelativeTests
{
    [Theory]
    [InlineData("Here is a breakdown of national deployments within the African Union force in Somalia, which according to the AU had some 21,500 troops as of June 3.", 21_500d, "Somalia")]
    [InlineData("The UN mission in Mali, which had about 13,000 troops, left in 2023.", 13_000d, "Mali")]
    [InlineData("The Turkish garrison in northern Cyprus, which has about 35,000 troops, was reinforced.", 35_000d, "Cyprus")]
    public void The_host_of_a_force_is_no_owner_of_the_clause_figure(string passage, double value, string host) =>
        Assert.NotEqual(host, Assert.Single(Counts(passage), c => c.Value == value).Subject);

    [Theory]
    [InlineData("The Turkish garrison in northern Cyprus, which has about 35,000 troops, was reinforced.", 35_000d, "Turkey")]
    [InlineData("Estonia, which has 900 troops of its own, said it would send more.", 900d, "Estonia")]
    [InlineData("Chad ended its pact with the French, who had about 1,000 soldiers there.", 1_000d, "France")]
    public void A_named_owner_keeps_the_figure(string passage, double value, string owner) =>
        Assert.Equal(owner, Assert.Single(Counts(passage), c => c.Value == value).Subject);
}
