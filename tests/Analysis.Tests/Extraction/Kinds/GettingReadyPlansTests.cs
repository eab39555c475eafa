namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops getting ready to move are a plan, whatever the verb of getting ready and whether the copy tells it in the present, in
/// the past of reported speech or in the passive: "is gearing up to send 9,000 troops", "some 300 soldiers were packing up to
/// leave the base", "9,000 soldiers are being prepared to join" (plan_cues and plan_progressives; planned_after reads "was" and
/// "were" beside "is" and "are").
/// </summary>
public class GettingReadyPlansTests
{
    [Theory]
    [InlineData("The ministry is gearing up to deploy 500 soldiers to the border.", 500d)]
    [InlineData("The official said some 300 soldiers were packing up to leave the base.", 300d)]
    [InlineData("Kyiv said 9,000 soldiers are being prepared to join the Russian forces.", 9000d)]
    [InlineData("Kyiv said around 9,000 soldiers were being readied to join the Russian forces.", 9000d)]
    [InlineData("The commander said about 400 paratroopers were preparing to leave for the coast.", 400d)]
    public void Reads_getting_ready_as_planned(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Status == EstimateStatus.Planned);

    // Near misses: a willingness is no plan; troops that got ready and went are current.
    [Theory]
    [InlineData("The official said 300 soldiers are prepared to die for the city.", 300d)]
    [InlineData("Some 700 soldiers arrived in the port last week, the army said.", 700d)]
    public void Leaves_other_forms_current(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Status == EstimateStatus.Current);
}
