namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The country of an unnamed voice that a national outlet cites or speaks with. A voice the outlet cites past an indefinite
/// determiner ("Yle reported, citing a military intelligence source") is the outlet's country's, as one it cites with none is,
/// before the owner the sentence counts; a voice that speaks to a national outlet ("a military intelligence source told the
/// Kyiv Independent that …") is the outlet's country's rather than the side the sentence counts, where that side is the state the
/// document cited last or the outlet is of the state cited last. Near misses: a voice whose country stands before it, and a document that cited no state. The articles are ours.
/// </summary>
public class OutletVoiceCountriesTests
{
    private const string KremlinLead = "The Kremlin said on Monday that it would not comment on troop movements in the north.";
    private const string DenialLead = "North Korea's foreign ministry said on Monday that reports of its soldiers fighting abroad were false.";

    [Theory]
    [InlineData("Moscow has pulled about 2,000 Russian soldiers from its bases near the border, Yle reported, citing a military intelligence source.",
        "Finnish military intelligence sources")]
    [InlineData("About 2,000 Russian soldiers have left the bases near the border, Yle reported on Tuesday, citing an intelligence official.",
        "Finnish intelligence officials")]
    public void A_voice_an_outlet_cites_past_a_determiner_is_the_outlets_countrys(string sentence, string expected) =>
        Assert.Contains(PageMentions("Troops leave the border", KremlinLead, sentence), m => m.Source == expected);

    [Theory]
    [InlineData("A military intelligence source told the Kyiv Independent that 40 North Korean soldiers had deserted near the front.",
        "Ukrainian military intelligence sources")]
    [InlineData("Two defense officials told the Kyiv Independent on Friday that about 300 North Korean troops had been wounded.",
        "Ukrainian defense officials")]
    // Near misses: the voice's own country named before it.
    [InlineData("A Russian military source told the Kyiv Independent that 40 North Korean soldiers had deserted near the front.",
        "Russian military sources")]
    public void A_voice_that_speaks_to_a_national_outlet_is_the_outlets_countrys(string sentence, string expected) =>
        Assert.Contains(PageMentions("Soldiers desert", DenialLead, sentence), m => m.Source == expected);

    [Fact]
    // The outlet is of the state the document cited, and the sentence counts another state's troops.
    public void A_voice_that_speaks_to_the_cited_states_outlet_is_not_the_counted_sides() =>
        Assert.Contains(PageMentions("Soldiers cross the line", "South Korea's defense ministry said on Monday it was watching the border.",
            "A military source told Yonhap that 40 North Korean soldiers had crossed the line."), m => m.Source == "South Korean military sources");

    [Fact]
    // Near miss: a document that cited no state; a network's sources are as often another state's, and stay as the text names them.
    public void A_voice_that_speaks_to_an_outlet_in_a_document_citing_no_state_keeps_no_country() =>
        Assert.Contains(PageMentions("Divisions move", "Troops began moving toward the border on Sunday.",
            "Intelligence sources told ABC News that two Egyptian divisions would move into Saudi Arabia."), m => m.Source == "intelligence sources");
}
