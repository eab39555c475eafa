namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People as speakers: a title that runs on over its portfolio ("Minister for Foreign Affairs X") names the holder; a
/// name may open with any capital ("Łukasz"); a lone surname is the person named before it; a translated inverted verb may put its
/// audience before the speaker ("declared to the press the deputy X"); "general in chief" is a rank; the person a sentence opens
/// with speaks through a participle of speech that says something ("…, telling the Marines that …"); a person opening a "Source:"
/// line speaks; a titled person named without citing is known by surname later. Each rule with its near misses.
/// </summary>
public class RunOnTitlesAndNameCapitalsTests
{
    [Theory]
    // A title's portfolio runs on before the holder's name.
    [InlineData("Minister for Foreign Affairs Helen Marsh said 300 troops would be sent to the islands.", "Helen Marsh")]
    [InlineData("Minister of State for Defence Tom Ashby said 900 troops would deploy to the Baltic.", "Tom Ashby")]
    [InlineData("Secretary of State for Europe and the Americas Ruth Kell said 450 soldiers would stay.", "Ruth Kell")]
    // The same offices after "according to".
    [InlineData("About 300 troops would be sent to the islands, according to Minister for Defence Helen Marsh.", "Helen Marsh")]
    [InlineData("About 900 troops would deploy to the Baltic, according to Somali State Minister for Defence Tom Ashby.", "Tom Ashby")]
    // A name that opens with a capital outside ASCII.
    [InlineData("Defence Minister Łukasz Nowicki said 2,000 troops would guard the border.", "Łukasz Nowicki")]
    [InlineData("General Émile Durand said 2,000 troops would guard the border.", "Émile Durand")]
    // A lone surname is the person named in full before it, not an unknown one-word name.
    [InlineData("Defence Minister Aden Warsame visited the base. According to Warsame, 500 troops would go.", "Aden Warsame")]
    // A translated inverted verb with its audience before the speaker.
    [InlineData("\"We will send 500 troops,\" declared to the press the deputy Min Jae-ho.", "Min Jae-ho")]
    // A translated rank of several words.
    [InlineData("General in chief Rafael Ortega Salas said 25,000 troops would be deployed.", "Rafael Ortega Salas")]
    // The sentence's subject speaks through a participle that says something.
    [InlineData("Defense Secretary Dan Whitlock visited the ship on Monday, telling the Marines that 2,000 more troops would join them.", "Dan Whitlock")]
    [InlineData("Defense Secretary Dan Whitlock visited the ship on Monday, telling reporters 2,000 more troops would join the Marines.", "Dan Whitlock")]
    [InlineData("Defense Secretary Dan Whitlock visited the ship on Monday, adding: \"2,000 more troops will join the Marines.\"", "Dan Whitlock")]
    // A person opening a source line speaks for the paragraphs it labels.
    [InlineData("Source: Andrii Demko, spokesperson for the border service, on national television.\n\nAbout 4,000 troops are near the border.", "Andrii Demko")]
    // A titled person named without citing, cited later by surname.
    [InlineData("Spokesperson Andrii Demko spoke on television on Monday.\n\nDemko said 4,000 troops were near the border.", "Andrii Demko")]
    public void The_person_speaks(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // An office with no holder named, or with a lower-case word after it, names no person: the office speaks, or no one.
    [InlineData("The Minister for Defence said 300 troops would be sent to the islands.", "Minister for Defence")]
    [InlineData("The general in chief said 25,000 troops would be deployed.", null)]
    [InlineData("\"We will send 500 troops,\" declared to the press the deputy.", null)]
    [InlineData("\"We will send 500 troops,\" declared to the press conference on Monday.", null)]
    // A lone surname no one was named by earlier is no person of its own.
    [InlineData("According to Warsame, 500 troops would go to the base.", null)]
    // A participle that says nothing: a toll, a place taken, a warning "of" something, troops added.
    [InlineData("The storm hit the coast on Monday, claiming 20 lives as 2,000 troops were sent to help.", null)]
    [InlineData("General Omar Haddad's troops crossed the river, claiming the town with 2,000 soldiers.", null)]
    [InlineData("General Omar Haddad crossed the river with 2,000 soldiers, claiming the town.", null)]
    [InlineData("President Maria Lopez met the generals, warning of a war as 2,000 troops massed at the border.", null)]
    [InlineData("General Omar Haddad visited the front on Monday, adding 2,000 soldiers to the force.", null)]
    // A source line that names a body names no person; a person named without a title is not learnt by surname.
    [InlineData("Source: the border service.\n\nAbout 4,000 troops are near the border.", null)]
    [InlineData("Andrii Demko spoke on television on Monday.\n\nDemko said 4,000 troops were near the border.", null)]
    public void No_person_speaks(string passage, string? voice) =>
        Assert.All(Counts(passage), c => Assert.Equal(voice, c.AttributedTo));

    [Theory]
    // The office itself is not a person when its portfolio runs on before the holder.
    [InlineData("Minister for Foreign Affairs Helen Marsh said 300 troops would be sent to the islands.", "Minister for Foreign Affairs Helen Marsh")]
    [InlineData("Minister of State for Defence Tom Ashby said 900 troops would deploy to the Baltic.", "Defence Tom Ashby")]
    public void The_office_is_not_the_name(string passage, string voice) =>
        Assert.DoesNotContain(Counts(passage), c => c.AttributedTo == voice);
    [Theory]
    // A speaker named in one clause and a pronoun for them in the clause after a semicolon: each clause's figure is theirs.
    [InlineData("Jamaica will put 200 soldiers at the force's disposal, Prime Minister Andrew Holness said on Friday; the Bahamas, he added, has offered 150.", 200, "Andrew Holness")]
    [InlineData("Jamaica will put 200 soldiers at the force's disposal, Prime Minister Andrew Holness said on Friday; the Bahamas, he added, has offered 150.", 150, "Andrew Holness")]
    // Near miss: the figure before the semicolon that no one in its clause gives stays the writer's.
    [InlineData("Jamaica sent 200 soldiers last year; the Bahamas, Prime Minister Andrew Holness said, has offered 150.", 200, null)]
    [InlineData("Jamaica sent 200 soldiers last year; the Bahamas, Prime Minister Andrew Holness said, has offered 150.", 150, "Andrew Holness")]
    // An office the sentence opens with as its speaker is the holder the next sentence introduces, after a dateline too.
    [InlineData("The commander of the island's defence force said on Monday that 4,000 troops would stay. Gen. Omar Haddad told reporters no one had raised a cut with him.", 4000, "Omar Haddad")]
    [InlineData("KINGSTON - The army's chief of staff said on Monday that 4,000 troops would stay. Gen. Omar Haddad told reporters no one had raised a cut with him.", 4000, "Omar Haddad")]
    // Near misses: a holder with another office, one who is not cited, one named before, and a sentence that opens with no office.
    [InlineData("The commander of the island's defence force said on Monday that 4,000 troops would stay. President Maria Lopez said no one had raised a cut with her.", 4000, null)]
    [InlineData("The commander of the island's defence force said on Monday that 4,000 troops would stay. Gen. Omar Haddad visited the base.", 4000, null)]
    [InlineData("Gen. Omar Haddad toured the base. The commander of the island's defence force said on Monday that 4,000 troops would stay. Gen. Omar Haddad told reporters no one had raised a cut with him.", 4000, null)]
    [InlineData("The new plan said on Monday that 4,000 troops would stay. Gen. Omar Haddad told reporters no one had raised a cut with him.", 4000, null)]
    public void The_figure_has_its_clauses_or_offices_holder(string passage, double value, string? voice) =>
        Assert.Equal(voice, Assert.Single(Counts(passage), c => c.Value == value).AttributedTo);
}
