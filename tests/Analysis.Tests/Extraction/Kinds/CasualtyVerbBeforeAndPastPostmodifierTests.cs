namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes where a casualty verb lost to a nearer word of move, place or army. A casualty verb right before the figure
/// takes it as its object ("killed or wounded several hundred soldiers sent by Pyongyang", quoted or not): the participle
/// after the troop noun says which troops they were, not what the figure counts. And a figure whose troops are named by a
/// short phrase, then an aside, then the verb ("30 soldiers of North Korea, integrated into the Russian army, were wounded or
/// killed") keeps the verb after the aside, as a figure with the aside right after it already did. Both are common in the war
/// reports on North Korea's troops in Russia. The sentences are ours.
/// </summary>
public class CasualtyVerbBeforeAndPastPostmodifierTests
{
    [Theory]
    [InlineData("Drone units killed or wounded roughly 150 North Korean infantrymen sent to retake the village.", 150)]
    [InlineData("The overnight raid killed 12 soldiers stationed at the outpost, the governor said.", 12)]
    [InlineData("An official said Ukrainian forces may have killed or wounded 'several hundred' soldiers sent by Pyongyang.", 200)]
    [InlineData("Partisans captured 35 conscripts deployed along the river, the group claimed.", 35)]
    public void A_casualty_verb_before_the_figure_is_its_kind(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => (c.Value ?? c.Low) == value).Kind);

    [Theory]
    [InlineData("At least 25 soldiers of Chad, attached to the regional army, were killed on Friday.", 25)]
    [InlineData("Some 60 troops from the northern command, serving with the mission, were wounded.", 60)]
    public void A_casualty_verb_past_a_postmodifier_and_an_aside_is_the_figure_s(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    // Near misses: the aside holds the clause's own verb of speech, and the figure's verb is a move; a move before the figure.
    [InlineData("About 40 soldiers of the brigade, the army said, were sent to the front.", 40, TroopKind.Deployment)]
    [InlineData("After two soldiers were killed, the ministry sent 300 troops to the border.", 300, TroopKind.Deployment)]
    public void Other_verbs_keep_their_kind(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
