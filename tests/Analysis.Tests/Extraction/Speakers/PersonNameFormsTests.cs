namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A person's name in the forms copy writes it, as the speaker of a figure and a source: a surname opened by one capital and an
/// apostrophe ("O'Brien", "N'Diaye") or with one inside it ("Sare'e"), a middle initial or a generation ("Karin J. X", "X Jr.":
/// named without them, as a titled person is), Spanish particles ("de los"), a transcript label opened by an honorific ("MR.
/// X:"), and a later mention by surname, with the particles the full name gives before it ("Van der Berg", "Le Floch") or after
/// an Irish rank ("Cmdt X").
/// </summary>
public class PersonNameFormsTests
{
    [Theory]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nAbout 1,500 soldiers reached the camp, Mamadou N'Gessan said.\n", 1500, "Mamadou N'Gessan")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nBrendan O'Keeffe told reporters 700 soldiers would remain.\n", 700, "Brendan O'Keeffe")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nBrendan O'Keeffe said the mission was hard.\n\nO'Keeffe said 700 soldiers would remain.\n", 700, "Brendan O'Keeffe")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nLaura M. Kessling said 260 soldiers had been flown home.\n", 260, "Laura Kessling")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nEdward Pruitt Jr. said 900 soldiers were on standby.\n", 900, "Edward Pruitt")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nAna de las Mercedes Prado said 410 soldiers had crossed the river.\n", 410, "Ana de las Mercedes Prado")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nMODERATOR: Next question.\n\nMS. ARNTZEN: Roughly 2,300 soldiers are there today.\n", 2300, "Arntzen")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nJoost van der Linde said the mission was hard.\n\nVan der Linde said 350 soldiers were at the airfield.\n", 350, "Joost van der Linde")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nMarie-Claire Le Goff told reporters the mission was hard.\n\nLe Goff said 1,800 soldiers were in the north.\n", 1800, "Marie-Claire Le Goff")]
    [InlineData("Irish troops abroad\n\nIreland has 600 personnel overseas, according to spokesman Commandant Declan O'Rourke.\n\n\"About 340 of them are in Lebanon,\" said Cmdt O'Rourke.\n", 340, "Declan O'Rourke")]
    [InlineData("Yemeni front\n\nFighting continued in Yemen.\n\nHani Ma'arif said 800 fighters had been killed near the port.\n", 800, "Hani Ma'arif")]
    [InlineData("Yemeni front\n\nFighting continued in Yemen.\n\nArmy spokesman Brigadier General Faris Sha'ban said the front was calm.\n\nSha'ban said 450 soldiers had been captured.\n", 450, "Faris Sha'ban")]
    public void The_person_speaks(string document, double value, string origin) => AssertVoice(document, value, origin, "");

    [Theory]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nJoost van der Linde said the mission was hard.\n\nVan der Linde said 350 soldiers were at the airfield.\n", "Van der Linde")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nMarie-Claire Le Goff told reporters the mission was hard.\n\nLe Goff said 1,800 soldiers were in the north.\n", "Le Goff")]
    [InlineData("Irish troops abroad\n\nIreland has 600 personnel overseas, according to spokesman Commandant Declan O'Rourke.\n\n\"About 340 of them are in Lebanon,\" said Cmdt O'Rourke.\n", "Commandant Declan O'Rourke")]
    public void A_later_mention_or_a_rank_is_no_source_of_its_own(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);

    [Theory]
    // Near misses: a base, a ship, a university and an outlet shaped like names, and a label of an honorific and a title, are no
    // person's voice.
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nSome 900 soldiers are based at Fort O'Connell.\n", 900, "")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nThe USS Gerald R. Ford carried 4,000 sailors into the region.\n", 4000, "")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nLe Monde reported that 2,000 French soldiers were in the country.\n", 2000, "Le Monde")]
    public void No_person_speaks(string document, double value, string origin) => Assert.Equal(origin, Of(document, value).AttributedTo ?? "");

    [Theory]
    // Near misses: no source is made of them.
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nMR. PRESIDENT: We sent 500 soldiers.\n", "President")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nSome 900 soldiers are based at Fort O'Connell.\n", "Fort O'Connell")]
    [InlineData("Danish troops in Mali\n\nDenmark has sent troops to Mali.\n\nThe USS Gerald R. Ford carried 4,000 sailors into the region.\n", "Gerald Ford")]
    public void No_such_source(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);
}
