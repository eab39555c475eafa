namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops a participle first places ("sent to the front", "deployed to Kursk") and whose main verb then counts them dead, with
/// the writer's hedge inside its auxiliaries ("are believed to have been killed", "are feared to have died"), are casualties, as
/// they are when the hedge is left out. The sentences are ours.
/// </summary>
public class HedgedCasualtyVerbsTests
{
    [Theory]
    [InlineData("Roughly 1,500 Cuban recruits sent to the front are believed to have been killed.", TroopKind.Casualties)]
    [InlineData("About 90 Kenyan officers deployed to the capital are feared to have died in the ambush.", TroopKind.Casualties)]
    // Near miss: a hedge before a state that is no loss.
    [InlineData("About 90 Kenyan officers deployed to the capital are believed to be on standby.", TroopKind.Deployment)]
    public void The_main_verb_past_the_hedge_counts_the_dead(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);
}
