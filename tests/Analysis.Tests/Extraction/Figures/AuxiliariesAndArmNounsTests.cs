namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troop nouns real copy uses that the lists lacked: armed auxiliaries beside an army, as Sahel wire copy names Burkina
/// Faso's volunteers ("three soldiers and nine civilian auxiliaries"), and arms counted by their own noun ("118
/// submariners", "600 cavalrymen"; "aircrew" only where troops are spoken of). A hospital's or a fleet's auxiliaries and an
/// airline's aircrew are no troops.
/// </summary>
public class AuxiliariesAndArmNounsTests
{
    [Theory]
    [InlineData("Suspected militants killed three soldiers and nine civilian auxiliaries in the north, security sources said.", 9d)]
    [InlineData("Ten civilians, including four security auxiliaries, were killed by suspected jihadists.", 4d)]
    [InlineData("Jihadists killed 12 soldiers and 20 army auxiliaries in the north.", 20d)]
    [InlineData("The navy lost 118 submariners when the Kursk sank.", 118d)]
    public void Counts_the_dead_auxiliaries_and_crews(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Casualties);

    [Theory]
    [InlineData("The regiment sent 600 cavalrymen to the frontier.", 600d)]
    [InlineData("The air force sent 1,200 aircrew to the Gulf.", 1_200d)]
    public void Counts_arms_by_their_own_noun(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The hospital hired 40 nursing auxiliaries.")]
    [InlineData("The fleet has 12 auxiliaries and 30 frigates.")]
    [InlineData("The airline laid off 300 aircrew.")]
    [InlineData("Ryanair said 1,200 aircrew would strike on Friday.")]
    public void Does_not_count_other_auxiliaries_or_crews(string passage) => Assert.Empty(Counts(passage));
}
