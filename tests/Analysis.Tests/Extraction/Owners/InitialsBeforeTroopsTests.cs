namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's initials right before a troop noun own the troops as a demonym does ("the drawdown of US troops", as "of U.S.
/// troops"), even after a preposition that would make a bare name a place. Not after a title's "of" ("the commander of US
/// ground forces"): there the forces are the title's, who speaks, and own no figure. "PRC" is China. The sentences are ours.
/// </summary>
public class InitialsBeforeTroopsTests
{
    [Theory]
    [InlineData("Ankara said the drawdown of US troops would leave some 1,800 in Iraq.", 1800, "United States")]
    [InlineData("Ankara said the drawdown of U.S. troops would leave some 1,800 in Iraq.", 1800, "United States")]
    [InlineData("Tallinn welcomed the arrival of UK soldiers, 900 of whom are already in Tapa.", 900, "United Kingdom")]
    [InlineData("Yemen's government criticised the exit of UAE forces, some 3,000 of whom had left by June.", 3000, "United Arab Emirates")]
    [InlineData("Kampala backed the deployment of DRC troops; about 1,200 crossed the border.", 1200, "Democratic Republic of the Congo")]
    [InlineData("Manila protested the build-up of PRC troops, estimated at 6,000 on the island.", 6000, "China")]
    public void Initials_own_the_troops_after_them(string text, double value, string owner) =>
        Assert.Equal(owner, Assert.Single(Counts(text), c => c.Value == value).Subject);

    // Near miss: a title's "of" before the initials.
    [Fact]
    public void Initials_after_a_title_own_nothing() =>
        Assert.Null(Assert.Single(Counts("Roughly 30,000 soldiers took part in the drills, the commander of US ground forces in Europe said.")).Subject);
}
