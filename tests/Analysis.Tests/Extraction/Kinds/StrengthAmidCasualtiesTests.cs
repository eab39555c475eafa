namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A strength ("the 10,000 strong force", "a 3,000-strong brigade") names a force's size, never its losses, whatever casualty
/// words stand elsewhere in the sentence; the losses beside it stay casualties. Our own sentences.
/// </summary>
public class StrengthAmidCasualtiesTests
{
    [Theory]
    [InlineData("The injured soldiers come from one of the 48 countries that provide troops to the 10,000 strong force.", 10_000d, TroopKind.Deployment)]
    [InlineData("The 3,000-strong brigade lost 200 men in the battle for the bridge.", 3_000d, TroopKind.Deployment)]
    [InlineData("The 3,000-strong brigade lost 200 men in the battle for the bridge.", 200d, TroopKind.Casualties)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
