namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence that links back to the statement before it takes that statement's voice (DevSet header, Carrying): a part of the
/// figure just cited ("About 3,000 of them …", "Of those, 500 …"), hedged too ("Around 1,200 of them are believed to have been
/// killed"), a number with no noun of its own that breaks it down ("Some 6,400 are to return home"), and a pronoun that names
/// the voice ("According to him, …", "…, according to her."), also where wire copy opens a new paragraph with it after the
/// speaker's sentence. The figure was left with no voice: a number's comma ("3,000") read as a
/// clause's, the writer's hedge, or the paragraph's end stopped it. Not a part whose sentence right before has no voice, nor a
/// hedged or plain sentence with no link. The sentences are ours, in the shape of wire and translated copy on deployments and
/// tolls.
/// </summary>
public class LinkedNextSentenceTests
{
    [Theory]
    [InlineData("Title\nSouth Korea's spy agency told lawmakers on Wednesday that the North had sent about 11,000 soldiers to Russia. About 3,000 of them have been killed or wounded.", 3000, "National Intelligence Service")]
    [InlineData("Title\nWestern officials told the BBC on Friday that the North Korean contingent in Kursk had been badly hit. Of the 11,000 soldiers sent, 4,000 have been killed or wounded, the officials said. Around 1,200 of them are believed to have been killed.", 1200, "Western officials")]
    [InlineData("Title\n\nRwanda has about 4,000 soldiers fighting alongside M23 rebels in eastern Congo, U.N. experts said in a report on Monday.\n\nSome 1,500 of them are stationed around Goma, the capital of North Kivu.", 1500, "UN panel of experts")]
    [InlineData("Title\n\nAustralian Defence Minister Linda Reynolds said on Tuesday that the rotation had begun, with 2,200 U.S. Marines due in Darwin.\n\nOf those, 500 have already arrived.", 500, "Linda Reynolds")]
    [InlineData("Title\n\nKenya's Defence Cabinet Secretary Aden Duale said on Thursday that the Haiti deployment would go ahead.\n\nAccording to him, 400 more Kenyan soldiers will fly to Port-au-Prince next month.", 400, "Aden Duale")]
    [InlineData("Title\n\nAustralian Defence Minister Linda Reynolds said on Tuesday that the rotation had begun.\n\nAbout 2,200 U.S. Marines will train in Darwin this year, according to her.", 2200, "Linda Reynolds")]
    // A number with no noun of its own that breaks down the figure closing the paragraph before (DevSet header, Carrying (c)).
    [InlineData("Title\n\nDefense Secretary Mark Esper said on Wednesday that 11,900 troops would leave Germany.\n\nSome 6,400 are to return home and about 5,600 will shift to other countries in Europe.", 6400, "Mark Esper")]
    [InlineData("Title\n\nBritain's defence ministry said on Monday that 1,500 soldiers would go to Estonia next spring.\n\nAbout 800 will come from the Royal Welsh battle group.", 800, "British Defense Ministry")]
    public void The_linked_figure_takes_the_voice_before(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: the writer's hedge with no link; a part of a figure the sentence right before gives with no voice; a new
    // paragraph with no link (background); a part after a year's comma opens a clause of its own.
    [InlineData("Title\nSouth Korea's spy agency told lawmakers on Wednesday that the North had sent about 11,000 soldiers to Russia. North Korea is believed to have lost 3,000 of its men.", 3000)]
    [InlineData("Title\nThe agency said on Monday that the talks had stalled. The regime had already sent some 11,000 men last October. No fewer than 4,000 of them are said to have been killed.", 4000)]
    [InlineData("Title\n\nRwanda has about 4,000 soldiers fighting alongside M23 rebels in eastern Congo, U.N. experts said in a report on Monday.\n\nBurundi has 10,000 soldiers in South Kivu.", 10000)]
    [InlineData("Title\nSouth Korea's spy agency told lawmakers on Wednesday that the North had sent about 11,000 soldiers to Russia. In 2023, 3,000 of them trained in Siberia.", 3000)]
    // Near misses across a paragraph break: a count with its own noun, and one larger than the figure before (no part of it).
    [InlineData("Title\n\nBritain's defence ministry said on Monday that 1,500 soldiers would go to Estonia next spring.\n\nAbout 800 British troops are already in Tapa.", 800)]
    [InlineData("Title\n\nBritain's defence ministry said on Monday that 1,500 soldiers would go to Estonia next spring.\n\nSome 4,000 are stationed across the Baltic states.", 4000)]
    public void No_voice_carried(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
