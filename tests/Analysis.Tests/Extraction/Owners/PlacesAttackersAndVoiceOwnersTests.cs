namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops a figure counts: a country after a verb of arriving or leaving is a place, never the owner; a non-state group
/// named as the attacker does not hide a military body's own losses; with nothing else, a figure's voice, when it is a state
/// body (a ministry, an army), owns the figure's troops, wherever attribution found it, but not an event's whole, not the
/// state itself as the voice, and not troops of several owners. Each table holds both ways.
/// </summary>
public class PlacesAttackersAndVoiceOwnersTests
{
    [Theory]
    // The country after "reached" or "entered" is where the troops went: the context's owner stays.
    [InlineData("Untitled\n\nNorth Korea has lost some 3,000 soldiers, officials say. About 1,000 engineers have already reached Russia, the first part of a new dispatch of 5,000 troops, they said.", 5000, "North Korea")]
    [InlineData("Untitled\n\nPakistan has lost about 40 soldiers this month. Some 500 more have entered Afghanistan, the first wave of a force of 2,000 troops, officials said.", 2000, "Pakistan")]
    // A demonym bound to the troops still owns them, after such a verb too.
    [InlineData("Untitled\n\nAbout 900 French troops left Niger in December.", 900, "France")]
    public void A_country_after_a_verb_of_arriving_is_a_place(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // The group that attacked did the harm: the army's dead are its own.
    [InlineData("Untitled\n\nThree soldiers were killed and seven wounded when militants ambushed a patrol near Mopti, the Malian army said.", 3, "Mali")]
    [InlineData("Untitled\n\nTwo soldiers were killed when insurgents attacked a checkpoint, the Nigerian army said on Sunday.", 2, "Nigeria")]
    public void An_attacking_group_is_not_the_counted_force(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Fact]
    // A group that is counted, not named as an attacker, still keeps the body's country off the figure.
    public void A_counted_group_keeps_its_figure_ownerless() =>
        Assert.Null(Of("Untitled\n\nThe Israeli army said Hezbollah had about 40,000 fighters.", 40000).Subject);

    [Theory]
    // The ministry that speaks for the figure, named in another paragraph, owns the troops it calls up.
    [InlineData("Untitled\n\nSpain's Ministry of Defence said on Friday it had begun recalling former personnel.\n\nAbout 3,000 reservists will be called up by the summer. The ministry said the number could rise.", 3000, "Spain")]
    public void A_state_body_voice_owns_what_nothing_else_does(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // An event's whole is everyone's in it; the state itself as the voice counts others' troops too.
    [InlineData("Untitled\n\nSpain's Ministry of Defence said on Friday that the joint exercise with Portugal would involve about 3,000 troops.", 3000)]
    [InlineData("Untitled\n\nMadrid estimates the force at 3,000, a ministry spokesman said.", 3000)]
    public void A_state_body_voice_does_not_own_an_event_or_an_estimate(string text, double value) => Assert.Null(Of(text, value).Subject);

    [Theory]
    // Two figures of one sentence after a whole, told at its time, that add up to it are its breakdown.
    [InlineData("Untitled\n\nThe United States will withdraw about 12,000 troops from Germany, the defense secretary said. Some 6,400 are to return home and about 5,600 will shift to Italy and Belgium.", 5600, TroopKind.Subset)]
    [InlineData("Untitled\n\nBritain has about 3,000 soldiers in Estonia. Some 1,800 are in Tapa and roughly 1,200 in the south.", 1800, TroopKind.Subset)]
    // Not figures of another time than the whole, nor an addition, nor parts told in separate sentences.
    [InlineData("Untitled\n\nThe garrison now numbers 10,000, up from 6,000 in May after 4,000 more arrived.", 4000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nBritain has about 3,000 soldiers in Estonia. Some 1,800 are in Tapa. Roughly 1,200 more will arrive in June.", 1800, TroopKind.Deployment)]
    // Nor parts told by verbs of movement: arrivals and departures that happen to add up.
    [InlineData("Untitled\n\nThe mission has 3,000 troops. On Monday 1,000 arrived and 2,000 left, the spokesman said.", 1000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe mission has 3,000 troops. On Monday 1,000 arrived and 2,000 left, the spokesman said.", 2000, TroopKind.Deployment)]
    public void Parts_that_add_up_to_a_whole_are_its_breakdown(string text, double value, TroopKind kind) => Assert.Equal(kind, Of(text, value).Kind);
}
