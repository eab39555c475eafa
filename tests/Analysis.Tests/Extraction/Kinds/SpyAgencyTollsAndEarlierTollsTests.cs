namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A spy agency that puts a side's deaths at a number counts an army's losses, as a defence ministry does; and the earlier
/// figure a toll is compared with ("up from 600") is a toll too, however it is hedged. The sentences are ours, in the shapes of
/// the 2025 copy on Seoul's briefings about the North's losses.
/// </summary>
public class SpyAgencyTollsAndEarlierTollsTests
{
    [Theory]
    [InlineData("Britain's spy agency now puts Russian deaths in the war at about 150,000.", 150000, TroopKind.Casualties)]
    [InlineData("The intelligence service estimates Eritrean deaths at some 8,000.", 8000, TroopKind.Casualties)]
    public void A_spy_agency_s_toll(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);

    // Near misses: with no body that counts armies, deaths are anyone's; and a spy agency counts a disaster's dead too.
    [Theory]
    [InlineData("The charity puts deaths in the floods at about 1,500.")]
    [InlineData("The spy agency said about 400 were killed or went missing in the summer's floods.")]
    public void No_figure_of_deaths_that_are_not_troops(string text) =>
        Assert.Empty(Counts(text));

    [Theory]
    [InlineData("The ministry now puts its losses at about 9,000, up from at least 6,000 in May.", 6000, TroopKind.Casualties)]
    [InlineData("The ministry now puts its losses at about 9,000, up from 6,000 in May.", 6000, TroopKind.Casualties)]
    // Near miss: a figure compared with a deployment is a deployment.
    [InlineData("The ministry now puts its force there at about 9,000, up from 6,000 in May.", 6000, TroopKind.Deployment)]
    public void The_earlier_figure_of_a_toll(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
