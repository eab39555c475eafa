namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists who answer a call-up ("reported for duty", "showed up", "turned up") are troops sent, not the size of the
/// reserve they belong to: deployment, current. A reserve only counted keeps being the army's size. The sentences are ours.
/// </summary>
public class ReportedForDutyTests
{
    [Theory]
    [InlineData("Roughly 220,000 reservists reported for duty in the first 48 hours.", 220000, TroopKind.Deployment)]
    [InlineData("Barely 85 reservists showed up at the depot on Sunday.", 85, TroopKind.Deployment)]
    [InlineData("Just 300 reservists turned up at the barracks.", 300, TroopKind.Deployment)]
    // Near miss: a reserve counted, not called.
    [InlineData("The country has about 220,000 reservists.", 220000, TroopKind.ArmySize)]
    public void Reservists_who_answer_are_sent(string text, double value, TroopKind kind)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(EstimateStatus.Current, count.Status);
    }
}
