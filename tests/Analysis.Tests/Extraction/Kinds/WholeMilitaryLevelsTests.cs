namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A whole military's level set or changed ("the decree sets the overall number of Belarusian military personnel at about
/// 70,000", "raised its number of troops to a total of 65,000") is the army's size, not a deployment. The number of troops in a
/// place stays where they are. The sentences are ours.
/// </summary>
public class WholeMilitaryLevelsTests
{
    [Theory]
    [InlineData("The decree sets the overall number of Belarusian military personnel at about 70,000.", TroopKind.ArmySize)]
    [InlineData("The president ordered the military to increase its number of troops by 20,000 to a total of 95,000.", TroopKind.ArmySize)]
    // Near miss: troops in a place. (The last figure of each row is read.)
    [InlineData("The army raised the number of troops in the border region to 6,500.", TroopKind.Deployment)]
    public void A_whole_military_s_level_is_its_size(string text, TroopKind kind) =>
        Assert.Equal(kind, Counts(text)[^1].Kind);
}
