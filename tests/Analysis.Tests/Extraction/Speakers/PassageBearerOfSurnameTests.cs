namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A surname alone that the gazetteer holds as one person's ("Yoon", "Healey", "Gallant") stands for the person of that surname the
/// passage itself named before, titled, in an apposition or as a speaker, not for the gazetteer's namesake; so does a Korean family
/// name that opens another person's full name ("Yoon Jae-hwan told reporters"). A passage that names no other bearer, names the
/// gazetteer's person after the other one, or gives the surname a title its own bearer does not hold, keeps the gazetteer's person.
/// A person described in an apposition but not cited ("X Y, a member of the committee, met reporters") is cited later by surname,
/// and an honorific between a cue and the surname ("said Mr. Y", "according to Ms. Y") lets the cue reach the person.
/// </summary>
public class PassageBearerOfSurnameTests
{
    [Theory]
    [InlineData("Troops in Russia\n\nYoon Jae-hwan, a member of the defence committee, met reporters in Seoul.\n\nYoon said roughly 2,500 North Korean soldiers had been wounded.\n", 2500, "Yoon Jae-hwan")]
    [InlineData("Troops in Russia\n\nYoon Jae-hwan told reporters in Seoul that the briefing had ended.\n\nYoon said roughly 2,500 North Korean soldiers had been wounded.\n", 2500, "Yoon Jae-hwan")]
    [InlineData("Guard sent to shelters\n\nVermont Gov. Clara Healey spoke in Montpelier on Friday.\n\nHealey said about 180 Guard members would staff the shelters.\n", 180, "Clara Healey")]
    [InlineData("Guard sent to shelters\n\nClara Healey, the state's governor, spoke in Montpelier on Friday.\n\nAccording to Healey, about 180 Guard members would staff the shelters.\n", 180, "Clara Healey")]
    [InlineData("Canadian troops abroad\n\nMaj. Denis Gallant reached the camp on Sunday.\n\nThe convoy came a day later.\n\nMr. Gallant said some 220 Canadian soldiers were at the camp.\n", 220, "Denis Gallant")]
    public void The_passage_bearer_speaks(string document, double value, string origin) => AssertVoice(document, value, origin, "");

    [Theory]
    // A person described in an apposition of any words, whom the sentence does not cite, is cited later by surname.
    [InlineData("Troops in Russia\n\nAhn Jae-hwan, a member of the defence committee, met reporters in Seoul.\n\nAhn said roughly 2,500 North Korean soldiers had been wounded.\n", 2500, "Ahn Jae-hwan")]
    [InlineData("Border watch\n\nLidia Marek, the head of a monitoring group, toured the crossing.\n\nMarek said some 3,000 soldiers had moved to the border.\n", 3000, "Lidia Marek")]
    // An honorific between the cue and the surname: "said Mr. X", "according to Ms. X".
    [InlineData("Border watch\n\nLidia Marek told reporters the crossing was calm.\n\nSome 3,000 soldiers had moved to the border, according to Ms. Marek.\n", 3000, "Lidia Marek")]
    [InlineData("Troops in Russia\n\nLawmaker Lee Dong-min briefed reporters after the session.\n\nAbout 900 North Korean soldiers had been wounded, said Mr. Lee.\n", 900, "Lee Dong-min")]
    public void The_described_or_honoured_person_speaks(string document, double value, string origin) => AssertVoice(document, value, origin, "");

    [Theory]
    // Near misses: a park and a party described in an apposition are nobody a later word cites.
    [InlineData("Parade in Moscow\n\nSoldiers marched through Gorky Park, the city's main park, on Monday.\n\nPark said about 2,000 troops had taken part.\n", "Gorky Park")]
    [InlineData("Troops abroad\n\nOfficials of the Liberal Party, the largest group, met on Monday.\n\nParty said about 300 soldiers would go.\n", "Liberal Party")]
    public void No_apposed_place_or_body_speaks(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);

    [Theory]
    // Near misses: no other bearer named (the gazetteer's person), the gazetteer's person named after the other bearer, a title the
    // passage's bearer was not given, and the leader as the passage's only Kim.
    [InlineData("Troops in Russia\n\nOfficials in Seoul met on Friday.\n\nYoon said roughly 2,500 North Korean soldiers had been wounded.\n", 2500, "Yoon Suk Yeol")]
    [InlineData("Troops in Russia\n\nYoon Jae-hwan, a member of the defence committee, met reporters.\n\nPresident Yoon Suk Yeol spoke on Friday.\n\nYoon said roughly 2,500 North Korean soldiers had been wounded.\n", 2500, "Yoon Suk Yeol")]
    [InlineData("Troops in Russia\n\nYoon Jae-hwan, a member of the defence committee, met reporters.\n\nPresident Yoon said roughly 2,500 North Korean soldiers had been wounded.\n", 2500, "Yoon Suk Yeol")]
    [InlineData("British troops abroad\n\nClara Healey, a governor, visited London.\n\nDefence Secretary Healey said about 800 British soldiers would stay in Estonia.\n", 800, "John Healey")]
    [InlineData("Troops in Russia\n\nKim Jong Un toured a training camp.\n\nKim said about 1,800 more soldiers would go.\n", 1800, "Kim Jong Un")]
    public void The_gazetteer_person_stays(string document, double value, string origin) => AssertVoice(document, value, origin, "");

    [Theory]
    [InlineData("Guard sent to shelters\n\nVermont Gov. Clara Healey spoke in Montpelier on Friday.\n\nHealey said about 180 Guard members would staff the shelters.\n", "John Healey")]
    [InlineData("Troops in Russia\n\nYoon Jae-hwan told reporters in Seoul that the briefing had ended.\n\nYoon said roughly 2,500 North Korean soldiers had been wounded.\n", "Yoon Suk Yeol")]
    public void The_namesake_is_no_source(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);
}
