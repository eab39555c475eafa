namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "army" as a word of a unit's or a force's name is no whole army: "an army division … about 20,000 combat troops", "a
/// 150-man army field hospital", "the occupation army grew to 600,000 soldiers" count troops sent, not a country's army. Near
/// misses: the army itself ("The army numbers about 40,000 soldiers") is still its size. The sentences are ours.
/// </summary>
public class ArmyAsModifierTests
{
    [Theory]
    [InlineData("Parliament voted to send an army division and a marine brigade, about 18,000 combat troops in all, to the south.", 18000, TroopKind.Deployment)]
    [InlineData("Seoul already keeps a 150-man army field hospital unit in the country.", 150, TroopKind.Deployment)]
    [InlineData("Within a month the occupation army grew to 600,000 soldiers.", 600000, TroopKind.Deployment)]
    [InlineData("The army numbers about 40,000 soldiers.", 40000, TroopKind.ArmySize)]
    public void Army_in_a_unit_s_name_is_no_whole_army(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Of(text, value).Kind);
}
