namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "About 2,600 of the 9,000 soldiers sent to the front have been killed or wounded": the casualty verb after the whole is
/// the part's, so the part is casualties (not a subset of the force) and the whole the force it came from, a deployment,
/// as "Of the 9,000 sent, 2,600 were killed" reads. Not a part with a verb of another kind ("900 of the 11,000 peacekeepers
/// have left"). The sentences are ours.
/// </summary>
public class PartKilledOfWholeTests
{
    private const string Front = "About 2,600 of the 9,000 Eritrean soldiers sent to the front have been killed or wounded, the rebels said.";

    [Theory]
    [InlineData(Front, 2600, TroopKind.Casualties)]
    [InlineData(Front, 9000, TroopKind.Deployment)]
    [InlineData("Some 450 of the estimated 3,000 Chadian troops deployed in the north were killed in the ambush.", 450, TroopKind.Casualties)]
    [InlineData("Some 450 of the estimated 3,000 Chadian troops deployed in the north were killed in the ambush.", 3000, TroopKind.Deployment)]
    // A bare "of" before the whole, and a headline with no auxiliary.
    [InlineData("Roughly 700 of 5,000 Sudanese troops in the province were killed, the monitors said.", 5000, TroopKind.Deployment)]
    [InlineData("Roughly 700 of 5,000 Sudanese troops in the province were killed, the monitors said.", 700, TroopKind.Casualties)]
    [InlineData("1,400 of 9,000 Eritrean soldiers dead", 9000, TroopKind.Deployment)]
    [InlineData("1,400 of 9,000 Eritrean soldiers dead", 1400, TroopKind.Casualties)]
    // Near misses: a part that leaves is a part of the force; a casualty word with the whole's own verb after it.
    [InlineData("Some 900 of 11,000 peacekeepers have already left the country.", 900, TroopKind.Subset)]
    [InlineData("Some 900 of the 11,000 peacekeepers have already left the country.", 900, TroopKind.Subset)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
