namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes of real copy on casualties and call-ups. A writer's hedge before a perfect of falling ("some 350 marines are
/// believed to have fallen in the assault") tells deaths, as "are believed to have died" does; a level's change after it
/// ("have fallen to about 1,000") does not. And Guard or reserve troops that were "to be federalized" or "mobilized" (and
/// sent) are still to come (planned), as troops "to be deployed" are; the past tense of the act itself stays current. The
/// sentences are ours.
/// </summary>
public class HedgedFallAndFederalizedPlanTests
{
    [Theory]
    [InlineData("Some 350 marines are believed to have fallen in the assault on the ridge.", 350, TroopKind.Casualties)]
    [InlineData("About 90 paratroopers were reported to have fallen near the airfield, the agency said.", 90, TroopKind.Casualties)]
    // Near miss: a level's change, not deaths.
    [InlineData("The 4,000 troops in the region are thought to have fallen back to the coast.", 4000, TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    [InlineData("Some 450 guardsmen were to be federalized and sent to the port city.", 450, EstimateStatus.Planned)]
    [InlineData("About 3,000 reservists would be mobilised for the winter exercise.", 3000, EstimateStatus.Planned)]
    // Near miss: federalized and sent already.
    [InlineData("Some 450 guardsmen were federalized and sent to the port city last week.", 450, EstimateStatus.Current)]
    public void Status_of_the_figure(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
