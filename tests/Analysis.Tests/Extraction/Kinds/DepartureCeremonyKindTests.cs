namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A ceremony that sees a contingent off ("a departure ceremony for 300 police officers", "a ceremony to see off 150
/// peacekeepers") counts the troops who leave: a deployment (deployment_cues), not troops counted at an event
/// (other_cues' "ceremony", "parade").
/// </summary>
public class DepartureCeremonyKindTests
{
    [Theory]
    [InlineData("Soldiers lined up at a departure ceremony for 300 police officers bound for Mali.", 300d)]
    [InlineData("Ghana's army chief spoke at a ceremony on Monday to see off 120 peacekeepers bound for Lebanon.", 120d)]
    [InlineData("The army chief spoke at a send-off ceremony for 450 soldiers bound for Somalia.", 450d)]
    [InlineData("It was a flag-off ceremony for 250 officers who fly out on Tuesday.", 250d)]
    public void Troops_seen_off_are_a_deployment(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Deployment);

    // Near misses: troops counted at an event stay kind other.
    [Theory]
    [InlineData("About 400 soldiers attended the farewell ceremony for the retiring army chief.", 400d)]
    [InlineData("Some 500 soldiers marched in the independence day ceremony.", 500d)]
    public void Troops_at_an_event_stay_other(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Other);
}
