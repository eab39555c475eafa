namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists "called to duty", "called to active duty" or "summoned to active duty" are called up, a deployment, as "called up"
/// reservists are; reservists only counted stay the army's size. The sentences are ours.
/// </summary>
public class CalledToDutyTests
{
    [Theory]
    [InlineData("Roughly 45,000 reservists have been called to duty since the weekend.", TroopKind.Deployment)]
    [InlineData("Some 8,000 reservists were summoned to active duty on Thursday.", TroopKind.Deployment)]
    // Near miss: a reserve counted.
    [InlineData("The country has some 45,000 reservists.", TroopKind.ArmySize)]
    public void Reservists_called_to_duty_are_sent(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);
}
