namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A whole that a casualty participle follows ("Of the eight marines wounded, five ...") counts casualties, and so do the lives a
/// war cost after its other cost ("cost $40 billion and the lives of 1,200 soldiers"). A whole with another participle, and
/// lives saved, do not. The sentences are ours.
/// </summary>
public class WoundedWholesAndLivesCostTests
{
    [Theory]
    [InlineData("Of the eight marines wounded, five were flown to Germany.", 8d)]
    [InlineData("The campaign cost some 40 billion euros and the lives of 1,200 French soldiers.", 1_200d)]
    public void The_count_is_of_casualties(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    // Near misses: a whole sent, not wounded; lives saved.
    [InlineData("Of the 8,000 marines sent, 5,000 went to the north.", 8_000d)]
    public void Another_whole_stays_a_deployment(string text, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
