namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// Whose words a figure is, by categories of real reporting: a verb of placing before a
/// particle is no speech ("4,700 soldiers put out of combat": the troops are no voice, nk3-02); a voice in a clause of time does
/// not speak for the main clause ("when Macron announced their withdrawal", ner24-d01, afg21-10); a voice that told an outlet
/// still speaks to it when a later sentence cites it again by the same name (afg21-09, syr-03); a voice in a relative clause on
/// the figure's noun phrase gives that figure, one in a relative clause with a figure of its own does not (usfk25-04, ven25-d01);
/// an intelligence body that speaks is what a lawmaker after it relays, and "assumes that" speaks (nk4-d01). Each rule with rows
/// where it applies and rows where the same words must not change the answer. The sentences are ours, in real shapes.
/// </summary>
public class PlacingVerbsAndTimeClausesTests
{
    [Theory]
    // The troops a verb of placing moves are no voice of their own figure.
    [InlineData("Alert\n\nThe ministry now counts some 3,000 Ukrainian soldiers put out of action near the river.", 3000, null, "")]
    [InlineData("Alert\n\nAbout 2,500 Russian troops put on standby were moved to the border on Monday.", 2500, null, "")]
    [InlineData("Alert\n\nThe Pentagon now counts some 8,000 American soldiers put on heightened alert.", 8000, null, "")]
    // "put … at" still speaks for an estimate.
    [InlineData("Alert\n\nBritish officials put the number of soldiers massed near the border at about 40,000.", 40000, "British officials", "")]
    public void A_verb_of_placing_before_a_particle_is_no_speech(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // A voice that is the subject of a clause of time speaks for that clause only.
    [InlineData("Mali\n\nGermany had about 1,100 soldiers in Mali when Chancellor Olaf Scholz announced their return in November.", 1100, null, "")]
    [InlineData("Iraq\n\nWhen President Barack Obama announced the pull-out, the country had some 39,000 troops deployed there.", 39000, null, "")]
    [InlineData("Iraq\n\nThe army had 4,000 soldiers in the region before Defence Minister Jan Novak said they would leave.", 4000, null, "")]
    // A voice outside the clause of time keeps the figure; a figure inside the clause keeps its voice.
    [InlineData("Iraq\n\nDefence Minister Jan Novak said 4,000 soldiers would stay in the region when the mission ends.", 4000, "Jan Novak", "")]
    [InlineData("Iraq\n\nThe army will leave the region after Defence Minister Jan Novak said 4,000 soldiers would stay.", 4000, "Jan Novak", "")]
    public void A_voice_in_a_clause_of_time_does_not_speak_for_the_main_clause(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // A voice that told an outlet, cited again by the same name later, still speaks through that outlet.
    [InlineData("Kabul\n\nAbout 900 U.S. troops will stay to guard the airport, U.S. officials told The Associated Press on Tuesday. The rest of the force, roughly 2,600 soldiers, should leave by August, the officials said.", 2600, "U.S. officials", "Associated Press")]
    [InlineData("Mali\n\nThe French force will shrink from 5,100 to about 3,000, two French officials told The Guardian. One of the officials said at least 800 soldiers would remain in Gao.", 800, "French officials", "The Guardian")]
    // Not a voice an outlet reported, citing it: the officials speak on their own later (as the dev set has it, cow25-01).
    [InlineData("Mission\n\nEuropean countries could deploy up to 20,000 soldiers, the Financial Times reported, citing European officials. Germany could supply about 5,000 troops, the officials said.", 5000, "European officials", "")]
    public void A_voice_that_told_an_outlet_speaks_to_it_again_by_the_same_name(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // A voice in a relative clause on the figure's noun phrase gives that figure.
    [InlineData("Korea\n\nGen. Mark Dolan, speaking at a forum in Seoul, said no one had asked him about the plan to withdraw about 3,000 soldiers that The New York Times reported last month.", 3000, "The New York Times", "")]
    // A voice after the figure's clause, behind a comma, closes the sentence as before.
    [InlineData("Korea\n\nThe plan would withdraw about 3,000 soldiers, The New York Times reported last month.", 3000, "The New York Times", "")]
    // A voice in a relative clause that puts a figure of its own gives no figure before it.
    [InlineData("Caribbean\n\nThe carrier arrived on Tuesday, the Pentagon said, bringing more than 5,000 sailors to a force that officials put at about 14,000 troops.", 5000, "Pentagon", "")]
    [InlineData("Caribbean\n\nThe carrier arrived on Tuesday, the Pentagon said, bringing more than 5,000 sailors to a force that officials put at about 14,000 troops.", 14000, "U.S. officials", "")]
    // A voice after "said that" opens the speech, not a relative clause: the outer speaker relays it.
    [InlineData("Korea\n\nGeneral Ivan Petrenko said that the Pentagon put the total at some 2,300 troops.", 2300, "Pentagon", "Ivan Petrenko")]
    public void A_voice_in_a_relative_clause_speaks_for_its_own_noun_phrase(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // "assumes that" speaks as "believes that" does; the intelligence body is the origin, the lawmaker who reports it the via.
    [InlineData("Seoul\n\nThe South Korean secret service now assumes that some 3,000 North Korean soldiers have been killed, the lawmaker Park Sun-won said on Monday.", 3000, "National Intelligence Service", "Park Sun-won")]
    // An intelligence body that spoke before is what the lawmakers after it relay, with no briefing word.
    [InlineData("Seoul\n\nThe NIS said about 700 North Korean soldiers have died. In all Pyongyang has sent some 14,000 troops, lawmakers Park Sun-won and Kim Min-seok told reporters afterwards.", 14000, "National Intelligence Service", "Park Sun-won; Kim Min-seok")]
    // Not a lawmaker after a body that is no intelligence service, nor "assumes" before a thing.
    [InlineData("Seoul\n\nThe defence ministry said about 700 North Korean soldiers have died. In all Pyongyang has sent some 14,000 troops, lawmakers Park Sun-won and Kim Min-seok told reporters afterwards.", 14000, "Park Sun-won", "")]
    public void A_lawmaker_after_an_intelligence_body_relays_it(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
