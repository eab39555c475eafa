namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An army's troops with a place named by a common noun right after them are a presence there, as with a country's name:
/// "The French army had some 1,000 personnel in the country" (AFP's copy of the Chad withdrawal), "… 900 soldiers there".
/// Near misses: the same army counted with no place, and a place further on that ranks the army ("the largest in the region"),
/// stay its size. The sentences are ours.
/// </summary>
public class PlaceNounAfterArmyTroopsTests
{
    [Theory]
    [InlineData("The Belgian army had some 1,100 personnel in the country until December.", 1100, TroopKind.Deployment)]
    [InlineData("The Belgian army had some 1,100 personnel in the country, the ministry said.", 1100, TroopKind.Deployment)]
    [InlineData("The Belgian army keeps about 900 soldiers there.", 900, TroopKind.Deployment)]
    // Near misses.
    [InlineData("The Belgian army has some 23,000 soldiers.", 23000, TroopKind.ArmySize)]
    [InlineData("The Belgian army of 23,000 soldiers is the smallest in the region.", 23000, TroopKind.ArmySize)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
