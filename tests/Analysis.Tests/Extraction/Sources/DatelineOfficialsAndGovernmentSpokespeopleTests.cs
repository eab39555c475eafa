namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Three shapes of wire copy. A story filed in one capital that cites officials in another opens its sentence with them right
/// after the dateline ("PARIS (AFP) - Officials in Bamako said"): they are that place's officials, as when the sentence opens
/// the passage; so an unnamed voice capitalised right after the dateline ("COLOMBO (Reuters) - Diplomats in Colombo said") is
/// read as the lower-case voice it is. A country's unnamed government spokesperson ("an Omani government spokesman said") is the government's voice,
/// as a bare "a government spokesman" in the dateline's country is, not the country's officials. A person's lower-case "le"
/// ("Louis le Grange", "Jan le Roux", Afrikaans and French names) stays in the name. Near misses: officials in a place who do
/// not speak, a ministry's or a plain country's spokesperson, a capitalised "Le" that opens a paper's name. The sentences are ours.
/// </summary>
public class DatelineOfficialsAndGovernmentSpokespeopleTests
{
    [Theory]
    [InlineData("PARIS (AFP) - Officials in Bamako said about 500 Chadian troops had reached Gao.", "Malian officials")]
    [InlineData("NAIROBI (Reuters) - Officials in Mogadishu said about 500 Kenyan troops had crossed into Somalia.", "Somali officials")]
    [InlineData("LONDON - Officials in Kyiv said 2,000 more North Korean troops had reached the front.", "Ukrainian officials")]
    public void Officials_in_a_capital_after_a_dateline_are_its_officials(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // An unnamed voice capitalised only because it opens the text after the dateline's dash is the voice it is in lower case.
    [InlineData("COLOMBO (Reuters) - Diplomats in Colombo said on Friday they believed most of the roughly 400 mercenaries had fled.", "diplomats")]
    [InlineData("PARIS (AFP) - Diplomats in Bamako said about 500 Chadian troops had arrived in Gao.", "diplomats")]
    [InlineData("KABUL (AP) - Witnesses said about 40 soldiers were killed near the airport.", "witnesses")]
    public void A_voice_opening_the_text_after_a_dateline_speaks(string text, string source) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == source);

    [Theory]
    // Near miss: officials in a place who only meet cite nothing.
    [InlineData("PARIS (AFP) - Officials in Bamako held talks with the junta on Monday. About 500 Chadian troops reached Gao.", "Malian officials")]
    public void Officials_who_do_not_speak_are_no_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("MUSCAT (AP) - About 1,000 of the 3,000 Iranian troops will go home, an Omani government spokesman said Monday.", "Omani government")]
    [InlineData("Kenya will send 1,000 more troops to Somalia, a senior Kenyan government spokeswoman said.", "Kenyan government")]
    [InlineData("A Nigerian government spokesperson said 500 troops had been flown to Maiduguri.", "Nigerian government")]
    public void A_government_spokesperson_is_the_government(string text, string source)
    {
        var counts = Counts(text);
        Assert.Contains(counts, c => c.AttributedTo == source);
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith("officials", StringComparison.Ordinal));
    }

    [Theory]
    // Near misses: a ministry's spokesperson is the ministry's, a plain country's spokesperson its officials, a named one himself.
    [InlineData("MUSCAT (AP) - An Omani defence ministry spokesman said 3,000 Iranian troops were in Dhofar.", "Omani Defense Ministry")]
    [InlineData("About 150 paratroopers landed on the island overnight, an Indian spokesman said.", "Indian officials")]
    [InlineData("A Nigerian government spokesman, Lai Mohammed, said 500 troops had been sent.", "Lai Mohammed")]
    // A force's component the gazetteer knows speaks by its spokesperson, as any body does.
    [InlineData("CAMP PENDLETON, Calif. - The first of roughly 1,250 Marines began arriving in Darwin, a Marine Corps Forces Pacific spokesman said.", "U.S. Marine Corps Forces Pacific")]
    public void Other_spokespeople_keep_their_voice(string text, string source) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == source);

    [Theory]
    // A spokesperson of a body named by its bare noun speaks as "the ministry" does: for the ministry the document cited.
    [InlineData("Those troops, the Dutch Defence Ministry said, number about 30. The clash began when some 80 Serb infantrymen attacked, a ministry spokesman in The Hague said.",
        80, "Dutch Defense Ministry")]
    [InlineData("About 1,200 troops will rotate home, the Kenyan Defence Ministry said. Some 300 more will follow in May, a ministry spokeswoman said.",
        300, "Kenyan Defense Ministry")]
    public void A_ministry_spokesperson_speaks_for_the_ministry_cited(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // Near miss: with no ministry cited, no "ministry spokesperson" is named as a source.
    [InlineData("VIENNA - About 300 Austrian soldiers will go to the border, a ministry spokesman said.", "ministry spokesperson")]
    public void No_bare_ministry_spokesperson_is_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 300 soldiers were sent to the border, Jan le Roux said.", "Jan le Roux")]
    [InlineData("The Police Minister, Louis le Grange, said 300 soldiers were sent to the border.", "Louis le Grange")]
    public void A_lower_case_le_stays_in_the_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: a capitalised "Le" opening a paper's name is the paper's.
    [InlineData("About 300 soldiers were sent, a spokesman told Le Monde.", "Le Monde")]
    public void A_paper_s_Le_stays_the_paper(string text, string source) =>
        Assert.Contains(Counts(text), c => c.Via.Contains(source));
}
