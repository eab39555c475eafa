namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops that someone is holding are captives (kind casualties): "rebels were holding an estimated 300 U.N. peacekeepers",
/// "militiamen are holding approximately 80 Fijian soldiers" (captive_holding_verbs right before the mention). Not a force kept
/// ready (held_force_words after the mention: "holding 5,000 troops in reserve"), nor the base verb of an event ("will hold
/// 2,000 reservists for exercises"). The sentences are ours.
/// </summary>
public class HeldCaptiveTroopsTests
{
    [Theory]
    [InlineData("Rebels in the east were holding an estimated 250 U.N. peacekeepers on Saturday, a UN spokesman said.", 250, TroopKind.Casualties)]
    [InlineData("Militiamen near the airport are holding approximately 80 Fijian soldiers of the observer force.", 80, TroopKind.Casualties)]
    // Near misses: a force kept ready, and an exercise.
    [InlineData("The general staff is holding 4,000 soldiers on standby near the capital.", 4000, TroopKind.Deployment)]
    [InlineData("The ministry will hold 2,000 reservists for exercises next month.", 2000, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
