namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force a country pronoun names, after an infinitive of moving it and before a target date ("asked Norway to withdraw its
/// 120 soldiers by March 15", "Norway will withdraw its 120 soldiers by March 15"), is there now (current): the date is the
/// move's. A level the target date sets stays planned. The sentences are ours.
/// </summary>
public class OwnForceAfterInfinitiveTests
{
    [Theory]
    [InlineData("The new president formally asked Norway to withdraw its 120 soldiers by March 15.", 120d)]
    [InlineData("The mission's chief urged Kenya to pull out its roughly 1,000 troops by June.", 1_000d)]
    // A withdrawal told in the future is still about the force there now.
    [InlineData("Norway will withdraw its 120 soldiers by March 15.", 120d)]
    public void A_force_of_its_own_moved_by_a_date_is_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near miss: a level set for a date.
    [InlineData("Denmark will raise its contingent to 900 troops by 2027.", 900d)]
    public void A_level_set_for_a_date_stays_planned(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(text), c => c.Value == value).Status);
}
