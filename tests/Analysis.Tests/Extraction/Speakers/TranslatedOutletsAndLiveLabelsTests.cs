namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;

/// <summary>
/// Who said it, by category of real reporting: translated copy that puts
/// the outlet told between an inverted verb and its speaker, an outlet that says it could not verify a claim, a live
/// label "Surname to Outlet:", a body's own document that counts or says, channels named with a number. Rows where each
/// rule applies and rows where the same words must not change the answer. The sentences are ours, in real shapes.
/// </summary>
public class TranslatedOutletsAndLiveLabelsTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Passage(string text, double value)
    {
        var count = Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);
        return (count.AttributedTo, count.Via);
    }

    // The figure's origin and its chain of relays ("; " between them).
    private static void OriginAndVia(string text, double value, string origin, string via)
    {
        var (found, chain) = Passage(text, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Split("; "), chain);
    }

    private static IReadOnlyList<string> Sources(string text) =>
        Extractor.Default.Extract(TestData.Passage(text)).SourceMentions.Select(s => s.Source).ToList();

    [Theory]
    // "…, declared to AFP a source …", "…, said to the radio RMF FM the deputy minister, X": the speaker after the outlet.
    [InlineData("Some 2,000 soldiers now guard the eastern border, said to the radio RMF FM the deputy minister of defence, Cezary Tomczyk.", 2000, "Cezary Tomczyk", "RMF FM")]
    [InlineData("Around 150,000 reservists have reported for duty, declared to the channel Rossiya 24 the minister Sergei Shoigu.", 150000, "Sergei Shoigu", "Rossiya 24")]
    public void A_translated_inverted_verb_names_the_outlet_before_its_speaker(string text, double value, string origin, string via) =>
        OriginAndVia(text, value, origin, via);

    [Theory]
    // The verbs of saying that take "to" before the outlet told: "have claimed to the BBC", "admitted to Reuters".
    [InlineData("At least 3,000 Belarusian troops have been moved to the border, Western officials have claimed to the BBC.", 3000, "Western officials", "BBC")]
    [InlineData("About 40 soldiers were lost in the ambush, a Chadian commander admitted to Reuters.", 40, "Chadian military commanders", "Reuters")]
    [InlineData("Some 600 reservists were called up overnight, a Latvian official announced to AFP.", 600, "Latvian officials", "AFP")]
    public void A_verb_of_saying_with_to_names_the_outlet_told(string text, double value, string origin, string via) =>
        OriginAndVia(text, value, origin, via);

    [Theory]
    // An outlet that "has learned from" a voice relays it ("CNN has learned from multiple U.S. officials").
    [InlineData("The Pentagon is weighing sending about 3,000 more troops to Poland, CNN has learned from multiple U.S. officials.", 3000, "U.S. officials", "CNN")]
    [InlineData("About 1,200 Belarusian soldiers have moved to the border, Reuters has learned from two Polish officials.", 1200, "Polish officials", "Reuters")]
    public void An_outlet_that_learned_from_a_voice_relays_it(string text, double value, string origin, string via) =>
        OriginAndVia(text, value, origin, via);

    [Theory]
    // An outlet cited by an outlet only passed on what the sentence's voice said: the voice is the origin, the cited outlet
    // its first link; with no other voice the cited outlet is the origin.
    [InlineData("Minsk will send 800 engineers to the border, Viktor Khrenin said, according to Censor.NET, citing Interfax.", 800, "Viktor Khrenin", "Interfax; Censor.NET")]
    [InlineData("Minsk will send 800 engineers to the border, Censor.NET reported, citing Interfax.", 800, "Interfax", "Censor.NET")]
    public void An_outlet_cited_by_an_outlet_is_a_link_of_the_voices_chain(string text, double value, string origin, string via) =>
        OriginAndVia(text, value, origin, via);

    [Theory]
    // A report one body "presented to" or "submitted to" another is the first body's: the second was given it.
    [InlineData("The report the NIS presented to the National Assembly Intelligence Committee said that about 600 soldiers had died.", 600, "National Intelligence Service")]
    [InlineData("The assessment that South Korea's spy agency submitted to lawmakers said that 1,200 soldiers were deployed.", 1200, "National Intelligence Service")]
    public void A_report_presented_to_a_body_is_its_authors(string text, double value, string origin) => Assert.Equal(origin, Passage(text, value).Item1);

    [Theory]
    // An outlet that could not check a claim is named, not cited; one that reports is cited.
    [InlineData("Ukrainian intelligence said 600 North Korean soldiers had died. Reuters could not independently verify the figure.", "Reuters", false)]
    [InlineData("The militants claimed to have killed 40 soldiers; AFP was unable to confirm the toll.", "AFP", false)]
    [InlineData("The militants killed 40 soldiers, AFP reported, citing local officials.", "AFP", true)]
    public void An_outlet_that_could_not_verify_is_not_cited(string text, string outlet, bool cited) =>
        Assert.Equal(cited, Sources(text).Contains(outlet));

    [Theory]
    // A live entry's label "Surname to Outlet:": the surname speaks, the outlet carried it.
    [InlineData("War live\n\n08:10\nNetanyahu to Fox News: 300,000 reservists have been called up.", 300000, "Benjamin Netanyahu", "Fox News")]
    [InlineData("War live\n\n08:10\nDefence Minister Sergei Shoigu on Rossiya 24: 250,000 reservists have been called up.", 250000, "Sergei Shoigu", "Rossiya 24")]
    public void A_live_label_names_its_voice_and_the_outlet_it_spoke_to(string text, double value, string origin, string via)
    {
        var (found, chain) = Passage(text, value);
        Assert.Equal(origin, found);
        Assert.Equal([via], chain);
    }

    [Theory]
    // A body's own document that counts or says speaks for it; a document that only holds a figure names no one.
    [InlineData("A classified Pentagon study lists 3,000 troops in Germany for a move to Poland.", 3000, "Pentagon")]
    [InlineData("A NATO estimate circulated to members puts Russian troops in Belarus at about 9,000.", 9000, "NATO")]
    [InlineData("The Pentagon moved 3,000 troops from Germany to Poland last year.", 3000, null)]
    public void A_bodys_own_document_speaks_for_it(string text, double value, string? origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);
}
