namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose words a figure is when its own sentence or clause cites no one (issue 14). Real wire copy attributes
/// each claim where it makes it: a sentence that cites no one after a cited one is the writer's background ("…, the coalition
/// said. Almost 200 foreign soldiers have been killed this year."), unless it goes on with that statement; a voice of a later
/// clause speaks for its own; a state that admits a figure speaks for it. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class NeighbourOriginTests
{
    [Theory]
    // The writer's background after a statement: present or past state, a pledge, a figure that counts its own parts.
    [InlineData("The ministry said on Monday that the last convoy had crossed into Niger. About 1,500 soldiers are still in the country, most of them in the capital.", 1500)]
    [InlineData("Kenya's police chief Japhet Koome said the second contingent had landed. Some 400 officers had been stationed at the airport since May.", 400)]
    [InlineData("Poland's defence ministry said on Friday that a soldier had died. About 6,000 soldiers guard the border with Belarus.", 6000)]
    [InlineData("Officials said the talks would resume in March. Pyongyang has promised 5,000 more military builders.", 5000)]
    // A speaker named only in the next sentence speaks for that sentence, not for the one before it.
    [InlineData("Some 2,000 U.S. troops are in Syria. The Pentagon said on Tuesday it would close three bases.", 2000)]
    [InlineData("Estonia's contingent of about 850 soldiers guards the harbour. Fighting displaced 6,000 people last year, the U.N. says.", 850)]
    public void A_sentence_that_cites_no_one_is_the_writers(string text, double value) => Assert.Null(Origin(text, value));

    [Theory]
    // It goes on with the statement before it: the figure before it ("of them", "of those"), a speaker the kit cannot name
    // ("the spokesman added"), a quotation that goes on.
    [InlineData("India has around 1,200 peacekeepers in Congo, the Indian Army said. About 800 of them are in Goma.", 800, "Indian Army")]
    [InlineData("The Pentagon said on Tuesday that 3,000 troops would leave Iraq by September. Of those, 2,000 are in Erbil.", 2000, "Pentagon")]
    [InlineData("The Pentagon said on Tuesday that 3,000 troops would leave Iraq. About 2,000 would stay in Erbil, the spokesman added.", 2000, "Pentagon")]
    [InlineData("“We lost 14 soldiers in the ambush,” Colonel Ivan Petrenko said. “About 30 more were wounded.”", 30, "Ivan Petrenko")]
    // … or the sentence before announced it ("gave new figures", "released an update").
    [InlineData("Poland's defence ministry released new figures on Friday. About 6,000 soldiers now guard the border with Belarus.", 6000, "Polish Defense Ministry")]
    public void A_sentence_that_goes_on_with_a_statement_is_its_speakers(string text, double value, string origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A voice that first speaks in a later clause with a figure of its own speaks for that clause only; the figure before it
    // is the writer's ("…, and British defence intelligence put the total above 6,000").
    [InlineData("Of the 11,000 troops Pyongyang sent, about 4,000 have been killed, and British defence intelligence put the total above 6,000 in June.", 4000, null)]
    [InlineData("About 4,000 troops are in Belarus, while the Pentagon says 2,000 more could follow.", 4000, null)]
    // Not: a voice that closes the sentence, or that speaks before the figure's clause.
    [InlineData("About 4,000 troops are in Belarus, while 2,000 more could follow, the Pentagon says.", 4000, "Pentagon")]
    [InlineData("About 3,000 troops have arrived and 2,000 more are coming, the Pentagon said.", 3000, "Pentagon")]
    [InlineData("Some 4,000 soldiers were killed; the rest, about 7,000, are still at the front, according to the Ukrainian military.", 4000, "Ukrainian military")]
    [InlineData("The Pentagon said 3,000 troops had arrived in Poland, and NATO put the total above 5,000.", 3000, "Pentagon")]
    public void A_voice_of_a_later_clause_speaks_for_its_own(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A capital or country that admits a figure is the state's voice, with a word set between them ("Pyongyang itself has
    // acknowledged", "Moscow briefly admitted"); a name after the figure's verb that only intensifies is no speaker.
    [InlineData("Pyongyang itself has acknowledged only 350 soldiers killed in its first and second deployments.", 350, "North Korea")]
    [InlineData("Moscow briefly admitted that 63 soldiers had been killed in the strike.", 63, "Russia")]
    [InlineData("About 900 troops guarded the president himself during the parade.", 900, null)]
    public void A_state_that_admits_a_figure_speaks(string text, double value, string? origin) => Assert.Equal(origin, Origin(text, value));
}
