namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Shapes of real troop reporting outside the kit's own story: an army's own word for its dead in the statements wire copy quotes
/// ("We lost five martyrs and 22 others were wounded," the army spokesman said), and bare parts of a force counted where they
/// stand ("some 3,000 are garrisoned on the islands") after a sentence that counted it.
/// </summary>
public class OwnDeadAndGarrisonedPartsTests
{
    // The army's "martyrs" after a loss verb, in a sentence about troops: its casualties.
    [Theory]
    [InlineData("\"We lost eight martyrs and 31 others have been wounded,\" army spokesman Colonel Azem Bermendoa said.", 8d)]
    [InlineData("The army said it had lost eleven martyrs in the clash near the border.", 11d)]
    [InlineData("Our troops lost 14 martyrs, including two officers, the defence ministry said on Sunday.", 14d)]
    public void Martyrs_an_army_lost_are_its_casualties(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Casualties);

    // Martyrs someone else killed, or named with no loss, are no troop figure.
    [Theory]
    [InlineData("Israeli troops killed 12 martyrs in Jenin, the Palestinian health ministry said.", 12d)]
    [InlineData("Protesters marched for the 840 martyrs of the revolution as soldiers watched.", 840d)]
    [InlineData("The village lost 30 martyrs in the war, its elders said.", 30d)]
    public void Other_martyrs_are_none(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    // A part of the force counted before, where it stands: garrisoned, dug in, encamped.
    [Theory]
    [InlineData("Eritrea has concentrated some 40,000 soldiers along its southern frontier, diplomats said. Some 3,000 are garrisoned on the islands.", 3_000d)]
    [InlineData("The army has moved about 12,000 troops to the north. Around 9,000 are dug in along the river.", 9_000d)]
    [InlineData("Both sides have brought in reinforcements, some 6,000 soldiers in all. Some 2,000 are entrenched behind the dam.", 2_000d)]
    public void A_part_of_the_force_where_it_stands_is_a_figure(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind is TroopKind.Deployment or TroopKind.Subset);

    [Theory]
    [InlineData("Police detained 150 protesters in the capital. Another 40 are garrisoned with relatives in the suburbs.", 40d)]
    [InlineData("The city counts 30,000 residents. About 2,000 are dug in against the flood in the old town.", 2_000d)]
    public void Other_people_where_they_stand_are_none(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
