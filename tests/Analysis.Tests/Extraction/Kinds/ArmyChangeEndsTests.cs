namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The two ends of a change of a whole force count the same thing: "grew the army from about 4,000 men to some 15,000",
/// "would shrink from its current 12,000 soldiers to 9,000" (the start with its own noun, "from" at most two words before it:
/// change_from; only "to" before the end) give the end the start's kind (army_size). A militia's level set or changed counts
/// the militia ("will raise the number of militiamen to two million": army_level_wholes). Not the ends of a deployment's
/// change ("grew from 3,000 troops to 5,000 in the north"), nor a level with a place in its clause. The sentences are ours.
/// </summary>
public class ArmyChangeEndsTests
{
    [Theory]
    [InlineData("The regime grew the army from about 4,000 men to some 15,000 within three years.", 15000, TroopKind.ArmySize)]
    [InlineData("The defence minister said the army would shrink from its current 12,000 soldiers to 9,000.", 9000, TroopKind.ArmySize)]
    [InlineData("The president said he would raise the number of militiamen to two million.", 2000000, TroopKind.ArmySize)]
    // Near misses: a deployment's change, and a militia placed somewhere.
    [InlineData("The deployment grew from 3,000 troops to 5,000 in the north.", 5000, TroopKind.Deployment)]
    [InlineData("The governor raised the number of militia members on the border to 3,000.", 3000, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
