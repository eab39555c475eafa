namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The daily loss reports of a war write the present: "Russia loses 940 soldiers in a day", as a headline does. "loses" counts
/// casualties as "lost" and "losing" already did. The sentences are ours.
/// </summary>
public class LosesInThePresentTests
{
    [Theory]
    [InlineData("Russia loses 940 soldiers in a day, Kyiv says", TroopKind.Casualties)]
    [InlineData("The brigade loses about 60 men a week, its commander told reporters.", TroopKind.Casualties)]
    // Near miss: a force that only stands somewhere.
    [InlineData("Russia keeps 940 soldiers in the enclave, Kyiv says", TroopKind.Deployment)]
    public void Loses_counts_casualties(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);
}
