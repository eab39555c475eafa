namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An amount of a force ("a company of 150", "a platoon of 30") whose verb is one a force does in battle ("held off",
/// "repelled", "stormed", "surrendered") counts that force, as it does before "arrived" or "left". Outside such an amount the
/// same verbs lend a number nothing. The sentences are ours.
/// </summary>
public class AmountsBeforeBattleVerbsTests
{
    [Theory]
    [InlineData("Dutch troops guarded the pass. At the bridge a company of 140 held off the attackers for five days.", 140d)]
    [InlineData("A platoon of 30 repelled three assaults on the outpost, the army said.", 30d)]
    [InlineData("The garrison of about 2,000 surrendered on Sunday.", 2_000d)]
    public void An_amount_of_a_force_before_a_battle_verb_is_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    [Theory]
    [InlineData("Police said 300 protesters attacked the station.")]
    [InlineData("A crowd of 300 stormed the council offices.")]
    public void Battle_verbs_alone_count_no_troops(string text) => Assert.Empty(Counts(text));
}
