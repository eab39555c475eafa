namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// ", as well as" joins a second figure to a planned dispatch as "as well as" without the comma does: "Moscow intends to ship
/// 4,000 military builders, as well as 800 deminers" plans both. Not ", and", which may open a clause of its own. And troops
/// sent to build or clear mines are counted by the nouns copy gives them ("military workers", "military construction
/// specialists", "mine clearance specialists"); plain workers are civilians. The sentences are ours.
/// </summary>
public class AsWellAsPlansAndBuildersTests
{
    [Theory]
    [InlineData("Moscow intends to ship 4,000 military builders, as well as 800 deminers.", 800, EstimateStatus.Planned)]
    [InlineData("Pyongyang is preparing to dispatch 3,500 military construction specialists, as well as 700 mine clearance specialists.", 700, EstimateStatus.Planned)]
    [InlineData("The Kremlin plans to deploy 1,500 troops, as well as 450 military workers.", 450, EstimateStatus.Planned)]
    // Near miss: ", and" before a clause of its own.
    [InlineData("Russia will send 5,000 soldiers, and 900 engineers arrived last week.", 900, EstimateStatus.Current)]
    public void As_well_as_shares_the_plan(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);

    // Near miss: civilians.
    [Fact]
    public void Workers_are_no_troops() =>
        Assert.Empty(Counts("The contractor hired 2,500 workers and 400 construction workers."));
}
