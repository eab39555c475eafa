namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Military statements and wire copy of battles count the dead of a clash with no noun, after the troops' action: "Troops
/// returned fire, killing 12", "the patrol engaged the militants, killing 31 and wounding 9", "repelled three assaults and
/// killed about 70"; and they name the other side's fighters by the collective "enemy" ("killed an estimated 150 enemy", "30
/// enemy were killed"). Both count fighters' casualties. Near misses: civilians named or their places hit, no troops or no
/// clash in the clause, a count of one, a noun after the number, "enemy" before a noun of things. The sentences are ours, in the
/// shapes of coalition press releases from Afghanistan and Iraq and of Ukrainian units' reports from Kursk.
/// </summary>
public class ClashDeadAndEnemyNounTests
{
    [Theory]
    [InlineData("Afghan troops returned fire, killing 12, the military said.", 12)]
    [InlineData("The patrol engaged the militants near the river, killing 21.", 21)]
    [InlineData("The joint force answered with mortars and called in air support, killing 31 and wounding 9.", 31)]
    [InlineData("The joint force answered with mortars and called in air support, killing 31 and wounding 9.", 9)]
    [InlineData("A Ukrainian patrol repelled the assault on its positions, killing about 40, the brigade said.", 40)]
    [InlineData("Militants attacked an army convoy in the north, killing 14, the defence ministry said.", 14)]
    [InlineData("Troops engaged the rebels in the forest and killed 14, the regiment said.", 14)]
    [InlineData("Soldiers returned fire, killing five and wounding three.", 5)]
    [InlineData("A Ukrainian unit came under fire from the infantry and returned fire, killing 19, the unit said.", 19)]
    public void The_dead_of_a_clash_counted_with_no_noun_are_casualties(string sentence, double value) =>
        Assert.Equal(TroopKind.Casualties, Of("Battle\n\nThe fighting lasted for hours.\n\n" + sentence, value).Kind);

    [Theory]
    [InlineData("Coalition forces have killed about 45,000 enemy since the campaign began, the general said.", 45000)]
    [InlineData("US troops killed an estimated 150 enemy in the two-day battle, the military said.", 150)]
    [InlineData("The brigade said 30 enemy were killed in the fighting near the river.", 30)]
    [InlineData("Ukrainian drone units eliminated more than 200 enemy over the weekend, the regiment said.", 200)]
    public void Enemy_as_the_noun_of_a_count_counts_fighters(string sentence, double value) =>
        Assert.Equal(TroopKind.Casualties, Of("Battle\n\nThe fighting lasted for hours.\n\n" + sentence, value).Kind);

    [Theory]
    [InlineData("Troops opened fire on protesters in the capital, killing 12, witnesses said.", 12)]
    [InlineData("Troops returned fire, killing 12, including four civilians, officials said.", 12)]
    [InlineData("A car bomb exploded near the market, killing 12, police said.", 12)]
    [InlineData("Militants attacked a wedding near an army post, killing 25, officials said.", 25)]
    [InlineData("Insurgents fired on a bus near an army checkpoint, killing 14, police said.", 14)]
    [InlineData("The helicopter crashed in bad weather near a military base, killing 12.", 12)]
    [InlineData("Troops returned fire, killing 12 villagers caught in the crossfire, officials said.", 12)]
    [InlineData("The brigade destroyed 30 enemy tanks and 12 armoured vehicles.", 30)]
    [InlineData("Artillery struck 45 enemy positions overnight, the army said.", 45)]
    [InlineData("Air defences shot down 25 enemy drones on Sunday.", 25)]
    public void Near_misses_stay_out(string sentence, double value) =>
        Assert.DoesNotContain(DocumentCounts("Battle\n\nThe fighting lasted for hours.\n\n" + sentence), c => c.Value == value);
}
