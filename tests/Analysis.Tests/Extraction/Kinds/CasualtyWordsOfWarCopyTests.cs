namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Casualties told in the words of war copy: an adverb between the auxiliary and the verb ("were also wounded"), a gapped
/// demonym before "and" ("killed 255 British and 649 Argentine soldiers"), and the phrases of loss that are not "killed"
/// ("paid with their lives", "mowed down", "did not return home", "remain in hospital", "surrendering", "the capture of").
/// Near misses: the same words where they tell no loss of the figure's troops. The sentences are ours.
/// </summary>
public class CasualtyWordsOfWarCopyTests
{
    [Theory]
    [InlineData("Four members of the battalion were also wounded in the shelling, the statement said.", 4, TroopKind.Casualties)]
    [InlineData("Some 30 soldiers of the garrison have reportedly been killed.", 30, TroopKind.Casualties)]
    [InlineData("The fighting killed 120 Russian and 35 Chechen fighters on Sunday.", 35, TroopKind.Casualties)]
    [InlineData("Dozens of Polish volunteers paid with their lives in the battle.", 24, TroopKind.Casualties)]
    [InlineData("At the outpost, 12 members of the militia were mowed down at dawn.", 12, TroopKind.Casualties)]
    [InlineData("About 14 thousand Soviet soldiers did not return home from the war.", 14000, TroopKind.Casualties)]
    [InlineData("The three soldiers remain in hospital, the army said.", 3, TroopKind.Casualties)]
    [InlineData("About 500 soldiers were wounded and 60 remain missing.", 60, TroopKind.Casualties)]
    [InlineData("The siege ended with the general, along with 20,000 troops, surrendering to the allies.", 20000, TroopKind.Casualties)]
    [InlineData("Kyiv claimed the capture of three Russian soldiers near the village.", 3, TroopKind.Casualties)]
    // A headline's participle that ends it is its main verb, past the participle phrase of the troops' move.
    [InlineData("Ministry: 120 conscripts sent to the front killed", 120, TroopKind.Casualties)]
    [InlineData("40 soldiers deployed to the border killed - army", 40, TroopKind.Casualties)]
    // Near misses: a figure after a comma is another clause's; troops who remain are there.
    [InlineData("The fighting killed 120 Russian fighters, and 35 Chechen fighters arrived later.", 35, TroopKind.Deployment)]
    [InlineData("About 300 soldiers remain in the town, the army said.", 300, TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => (c.Value ?? c.Low) == value).Kind);
}
