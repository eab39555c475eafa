namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Soldiers who deserted or defected are lost to their force, as the dev set's "missing, captured or deserted" of a toll and
/// its garrisons that surrender are: casualties. Only the verb counts ("had deserted their posts", "defected to the other
/// side"); "the deserted village" is a place, and troops there stay where they are. The sentences are ours.
/// </summary>
public class DesertersAndDefectorsTests
{
    [Theory]
    [InlineData("Twenty-two conscripts had deserted their posts by the end of the week, the report said.", 22, TroopKind.Casualties)]
    [InlineData("About 60 soldiers of the garrison defected to the rebels in the spring.", 60, TroopKind.Casualties)]
    [InlineData("Some 35 border troops have deserted, according to the regional command.", 35, TroopKind.Casualties)]
    // Near miss: the adjective of a place.
    [InlineData("Roughly 1,800 troops were camped outside the deserted village.", 1800, TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
