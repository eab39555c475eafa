namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops a warring party seizes, kidnaps or holds hostage are lost to their force as the captured are: casualties. A seizing
/// verb counts only right before the figure; after it, it tells what the troops took. The sentences are ours, in the shapes
/// of the 1995 copy on peacekeepers taken in Bosnia.
/// </summary>
public class SeizedPeacekeepersTests
{
    [Theory]
    [InlineData("Rebel units have seized 22 Zambian peacekeepers near the airstrip.", TroopKind.Casualties)]
    [InlineData("Gunmen kidnapped 12 soldiers of the border guard overnight.", TroopKind.Casualties)]
    [InlineData("More than 370 peacekeepers were taken hostage after the air strikes.", TroopKind.Casualties)]
    [InlineData("By Sunday some 40 blue helmets were in enemy hands.", TroopKind.Casualties)]
    // Near misses: what the troops themselves seize.
    [InlineData("About 3,000 marines landed and seized the port.", TroopKind.Deployment)]
    [InlineData("The rebels seized the valley, where 600 soldiers were stationed.", TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);
}
