namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Outlets in every wire shape of credit line and
/// dateline (a word-name agency after a title-case place and date, a credit with its date inside the brackets, a credit that
/// opens the story, a bracketed place that is no outlet, a short sign-off only a credit uses), outlets and regional bodies the
/// gazetteer lacked, an outlet's initials used for a force; unnamed voices named by the DevSet header's conventions (a body's
/// unnamed spokesperson who talks to an outlet is its country's officials, a commander is military, sources keep their trade,
/// diplomats of no country are "diplomats" as batch H names them, a country's media as written, sources inside a body are its sources), and a
/// colon dateline's country.
/// </summary>
public class CreditLinesAndDatelinesTests
{
    [Theory]
    // Credit lines and datelines.
    [InlineData("Beira, 12 Mar (Lusa) - Tanzanian soldiers have started to leave the province, a mission official said.", "Lusa")]
    [InlineData("Nampula, 4 June (Zitamar) - Some 300 Rwandan troops moved north on Sunday, residents said.", "Zitamar News")]
    [InlineData("(Lusa) - About 400 Malawian soldiers will return home next month, the army said.", "Lusa")]
    [InlineData("Quezon City (Rappler, May 2) - Around 9,000 troops will join the drills, the military said.", "Rappler")]
    [InlineData("Sudan will keep 2,000 soldiers in the coalition, the sovereign council said on Monday. (ST)", "Sudan Tribune")]
    [InlineData("KABUL, Aug 24 (UPI) -- Some 5,800 troops are now at the airport, the Pentagon said.", "United Press International")]
    [InlineData("Khartoum, Dec. 3 (SUNA) - The army said 300 soldiers had returned from Yemen.", "Sudan News Agency")]
    // Outlets the gazetteer lacked, by the name copy in English gives them.
    [InlineData("Three Kuwaiti soldiers were hurt, Kuwait's official news agency KUNA reported.", "Kuwait News Agency")]
    [InlineData("Six Bahraini soldiers were killed, the state news agency BNA said.", "Bahrain News Agency")]
    [InlineData("Some 1,200 fighters were captured, as al-Masirah TV showed footage of the column.", "al-Masirah")]
    [InlineData("\"We lost men there,\" an officer told The EastAfrican of the 3,000-strong contingent.", "The EastAfrican")]
    [InlineData("About 1,500 troops are on the border, a senior official told the New York Post.", "New York Post")]
    [InlineData("More than 2,000 troops have arrived, RIA-Novosti reported.", "RIA Novosti")]
    // Regional bodies, each by its own name.
    [InlineData("The AU Peace and Security Council said the 2,500 Ugandan troops would stay until March.", "AU Peace and Security Council")]
    [InlineData("The African Union Peace and Security Council said a force of 11,000 was needed.", "AU Peace and Security Council")]
    [InlineData("The Southern African Development Community said 1,500 more soldiers would deploy.", "SADC")]
    // Unnamed voices, named by the header's conventions.
    [InlineData("Some 3,000 soldiers have crossed the river, a Defense Intelligence Agency spokesperson told Reuters.", "U.S. intelligence officials")]
    [InlineData("About 4,000 troops will stay, a spokesman for the Kenya Defence Forces told the Daily Nation.", "Kenyan military officials")]
    [InlineData("About 1,000 troops will go, a spokesman for the Polish Defence Ministry told Reuters.", "Polish defense officials")]
    [InlineData("About 2,000 soldiers are at the border, a Pentagon spokeswoman told CNN.", "U.S. defense officials")]
    [InlineData("About 2,000 soldiers are in the north, a spokesman for the Rapid Support Forces told Al Jazeera.", "Sudanese military officials")]
    [InlineData("Some 600 Jordanian troops took part, a senior Jordanian commander said on Sunday.", "Jordanian military commanders")]
    [InlineData("Some 6,000 troops are on the move, three Western diplomatic sources said.", "Western diplomatic sources")]
    [InlineData("About 800 soldiers were pulled back overnight, Iraqi security sources told Reuters.", "Iraqi security sources")]
    [InlineData("Qatar and Egypt have mediated since March, and some 2,000 troops were pulled back, diplomats said.", "diplomats")]
    [InlineData("The brigade has about 70 personnel, according to several British defence outlets.", "British defence outlets")]
    [InlineData("The unit has about 70 personnel, according to US defence media.", "US defence media")]
    // Sources placed inside a body are its sources, by its country and trade, or its name.
    [InlineData("Sources in the Polish army put the number at more than 2,000.", "Polish military sources")]
    [InlineData("About 3,000 troops moved north, a source in the Pentagon told CNN.", "U.S. defense sources")]
    [InlineData("About 3,000 troops moved north, according to a source within NATO.", "NATO sources")]
    // A colon dateline names the country of a body named without one.
    [InlineData("ISLAMABAD: The army said on Monday that 14 soldiers were killed in the attack.", "Pakistani Army")]
    public void Names_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A bracketed place is the dateline's city, not an outlet.
    [InlineData("March 3, 2020 (KHARTOUM) - Sudan has pulled 4,000 troops out of Yemen, the prime minister said.", "KHARTOUM")]
    [InlineData("June 9, 2019 (MOGADISHU) - Some 3,000 Ugandan troops will leave, the mission said.", "MOGADISHU")]
    // An outlet's initials before a troop word are a force's.
    [InlineData("Some 5,000 AFP troops and 11,000 U.S. personnel will train together, Col. Ramon Cruz said.", "AFP")]
    [InlineData("Two AFP soldiers were wounded in Basilan on Monday, the army said.", "AFP")]
    // The AU's council is not the UN's.
    [InlineData("The AU Peace and Security Council said the 2,500 Ugandan troops would stay until March.", "UN Security Council")]
    // A spokesperson who only says is the body's voice, named after the title is that person, and told an unnamed audience stays the body.
    [InlineData("About 2,000 soldiers are at the border, a Pentagon spokesman said.", "U.S. defense officials")]
    [InlineData("About 2,000 soldiers are at the border, a spokeswoman for the Bundeswehr, Anna Schmidt, told Reuters.", "German military officials")]
    [InlineData("Some 3,000 soldiers have crossed the river, a National Intelligence Service spokesperson told reporters.", "South Korean intelligence officials")]
    // Officials do not keep "security"; one diplomat named by office is no diplomatic source.
    [InlineData("At least 20 soldiers died in the ambush, a Malian security official told AFP.", "Malian security officials")]
    [InlineData("MOSCOW - The EU's top diplomat, Josep Borrell, put the number at some 100,000 on Monday.", "diplomatic sources")]
    [InlineData("Some 4,000 troops are on the ground, a senior Emirati commander said.", "Emirati commanders")]
    [InlineData("The unit has about 70 personnel, according to US defence media.", "U.S. defense media")]
    // The body that sources are placed in is not a voice of its own; sources with their own country word stay a group.
    [InlineData("Sources in the Polish army put the number at more than 2,000.", "Polish Army")]
    [InlineData("About 3,000 troops moved north, according to a source within NATO.", "NATO")]
    [InlineData("About 2,000 troops moved to the border, Indian Army sources said.", "Indian military sources")]
    // An alliance's commander keeps its name.
    [InlineData("A NATO commander said 300 troops had arrived.", "NATO military commanders")]
    public void Does_not_name_it(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    [Fact]
    public void A_bracketed_place_still_lets_the_story_credit_its_sign_off() =>
        Assert.Contains(Mentions("October 2, 2019 (KHARTOUM) - Some 10,000 troops have come home from Yemen, Hemedti said. (ST)"),
            m => m.Source == "Sudan Tribune");
}
