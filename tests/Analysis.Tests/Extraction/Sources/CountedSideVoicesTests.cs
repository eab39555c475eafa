namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose an unnamed voice is ("military sources said", "government officials confirmed") when its sentence counts one
/// state's troops by their adjective and the document cited another state's voice before it: the cited state's, as in
/// border and relay stories the counted side is the adversary the cited state watches, seldom the unnamed speaker. And a
/// demonym before a frontier or region noun ("close to the Indian border", "the Russian region of Kursk") is a place, no owner
/// that could lend the voice its country.
/// Near misses: no state cited before (the counted owner stays the voice's: "3,000 Kenyan troops will arrive, military
/// officials said"), the cited state the owner itself (the Pentagon, then U.S. sailors), copy filed from the owner's state (a
/// WASHINGTON dateline, then a foreign reaction, then American troops), and an owner named by its possessive,
/// a state acting ("Britain's share could be under 6,000 troops, military sources said" after France's president spoke). The sentences are ours, in the shapes of wire, national and regional copy of border and relay stories.
/// </summary>
public class CountedSideVoicesTests
{
    [Theory]
    [InlineData("Frontier\n\nLatvia's border guard said on Tuesday the crossing points stayed open. About 2,500 Belarusian soldiers have gathered near the frontier, military sources said.",
        "Latvian military sources")]
    [InlineData("Front\n\nSouth Korea's spy agency told lawmakers on Wednesday that more units were being trained. Military officials said some 8,000 North Korean troops had reached the front.",
        "South Korean military officials")]
    [InlineData("Pskov\n\nEstonia's defence ministry said on Monday that it was watching the region. Some 4,000 Russian troops have moved to Pskov, government sources said.",
        "Estonian government sources")]
    [InlineData("Border\n\nThailand's army said on Friday that the pass had been closed. About 1,200 Cambodian soldiers were sent to the disputed temple, a senior security source said.",
        "Thai security sources")]
    [InlineData("Pass\n\nIndia's army said on Sunday that a patrol had been sent to the pass. Government officials confirmed that about 100 Chinese soldiers had crossed the ridge.",
        "Indian officials")]
    [InlineData("Drill\n\nJapan's defence ministry said on Friday that it had protested. About 2,000 Chinese marines took part in the landing drill, military sources said.",
        "Japanese military sources")]
    // Near misses: no state cited before, the cited state the owner, an owner named by its possessive.
    [InlineData("Arrivals\n\nAbout 3,000 Kenyan troops will arrive in the capital by June, military officials said.", "Kenyan military officials")]
    [InlineData("Manila\n\nThe Pentagon said on Monday that the ships had sailed. About 3,000 U.S. sailors arrived in Manila, a senior naval officer said.", "U.S. naval officers")]
    [InlineData("Ceasefire\n\nFrance would send a brigade once a ceasefire holds, President Emmanuel Macron said in an interview on Sunday. Britain's share could be under 6,000 troops, military sources said.",
        "British military sources")]
    // Near miss: the counted state's own copy, by its dateline: a reaction cited last does not take its voice.
    [InlineData("Reinforcements\n\nWASHINGTON (Reuters) - The United States will send more troops to Poland, the Pentagon said. Russia's foreign ministry said on Tuesday the plan was a provocation. About 3,000 American troops will arrive in the spring, military officials said.",
        "U.S. military officials")]
    public void The_voice_takes_the_country(string document, string source) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source);

    [Theory]
    [InlineData("Redeployment\n\nAbout 20,000 troops were being moved close to the Indian border, two intelligence officials said.", "Indian intelligence officials")]
    [InlineData("Redeployment\n\nSome 5,000 soldiers were sent towards the Polish frontier, a senior military source said.", "Polish military sources")]
    // A demonym before a region's noun is a place too (voice_owner_place_nouns).
    [InlineData("Losses\n\nAbout 500 soldiers were killed in the Russian region of Kursk last week, military sources said.", "Russian military sources")]
    [InlineData("Losses\n\nHundreds of soldiers died in the Ethiopian region Tigray, security sources said.", "Ethiopian security sources")]
    public void A_place_adjective_names_no_voice(string document, string source) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == source);
}
