namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Parts of a dispatch counted in its sentence: a mention that "of it" or "of them" follows right after, after a larger figure
/// ("another 5,000 soldiers ..., and 800 sappers of it have already arrived"), and a figure an apposition names the first
/// part of ("..., the first part of a third dispatch of 5,000 troops"). Near misses: the part as large as what it follows, and
/// an apposition of a force of another kind ("part of a 5,800-member U.N. force" stays a deployment of its own, as the dev
/// sets have it). The sentences are ours, in the shapes of 2025 copy on Pyongyang's third dispatch.
/// </summary>
public class PartsOfADispatchTests
{
    [Theory]
    [InlineData("Pyongyang will send another 5,000 soldiers this summer, and 800 sappers of it have already arrived.", 800, TroopKind.Subset)]
    [InlineData("About 900 combat engineers have already reached the front, the first part of a third dispatch of 5,000 troops, he said.", 900, TroopKind.Subset)]
    [InlineData("About 900 combat engineers have already reached the front, the first wave of some 5,000 troops, he said.", 900, TroopKind.Subset)]
    // Near misses.
    [InlineData("Pyongyang will send another 500 soldiers this summer, and 800 sappers of it have already arrived.", 800, TroopKind.Deployment)]
    [InlineData("Fewer than 1,500 French troops are left, part of a 5,800-member U.N. force that is to leave by March.", 1500, TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
