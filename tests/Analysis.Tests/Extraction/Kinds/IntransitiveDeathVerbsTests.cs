namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An intransitive verb of death after the figure ("died", "perished", "drowned") is its main verb with no auxiliary, past a
/// phrase that names a force ("five others in the regional force died"): the figure counts the dead. Inside a clause of
/// another verb ("sent to replace those who died arrived") it is not. The sentences are ours.
/// </summary>
public class IntransitiveDeathVerbsTests
{
    [Theory]
    [InlineData("Two Malawians serving with the mission and five others in the regional force died in the ambush.", TroopKind.Casualties)]
    [InlineData("Eleven sailors of the patrol force drowned when the boat capsized.", TroopKind.Casualties)]
    // Near miss: the verb of death belongs to a relative clause.
    [InlineData("About 300 troops sent to replace those who died arrived on Friday.", TroopKind.Deployment)]
    public void An_intransitive_verb_of_death_is_the_main_verb(string text, TroopKind kind) =>
        Assert.Equal(kind, Counts(text)[^1].Kind);
}
