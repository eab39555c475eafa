namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures joined by "along with" or "together with" share their verb, as figures joined by "and" do: "Nine peacekeepers
/// along with three policemen have been killed" counts the nine killed too. A figure joined to things, not people, is
/// unchanged. The sentences are ours.
/// </summary>
public class AlongWithCasualtiesTests
{
    [Theory]
    [InlineData("Nine peacekeepers along with three policemen have been killed in the ambush.", 9, TroopKind.Casualties)]
    [InlineData("Twelve peacekeepers together with four soldiers were wounded in the blast.", 12, TroopKind.Casualties)]
    // Near miss: arrivals with vehicles are no losses.
    [InlineData("Nine peacekeepers along with three trucks arrived at the base.", 9, TroopKind.Deployment)]
    public void Figures_along_with_others_share_the_verb(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
