namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// Whose words a figure is by the settled carrying rule and by the document around it (#14). A sentence or a
/// clause after a semicolon with no speech verb of its own is the writer's, unless it breaks the figure just cited down
/// (numbers with no noun of their own: "Some 6,400 are to return home"); a statement's or a release's title speaks for the
/// text below it; a headline's surname is the person the text below writes out, whatever verb follows; the body whose
/// spokesperson told an outlet is the origin, the outlet its via. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class CarryingAndDocumentSpeakerTests
{
    private static TroopCount Figure(Document document, double value) =>
        Assert.Single(Extractor.Default.Extract(document).TroopCounts, c => c.Value == value);

    private static string? Origin(string text, double value) => Figure(TestData.Passage(text), value).AttributedTo;

    private static string? HeadedOrigin(string text, double value) => Figure(CorpusLoader.FromText(text, "h"), value).AttributedTo;

    [Theory]
    // A breakdown of the figure just cited: numbers with no noun of their own, smaller than it, in the next sentence or after
    // a semicolon.
    [InlineData("The Pentagon said on Monday that about 9,000 troops would leave Italy. Some 5,000 are to return home and about 4,000 will move to Spain.", 5000)]
    [InlineData("The Pentagon said on Monday that about 9,000 troops would leave Italy. Some 5,000 are to return home and about 4,000 will move to Spain.", 4000)]
    [InlineData("The Pentagon said about 9,000 troops would leave Italy by the autumn; roughly 5,000 were to go home.", 5000)]
    // A clause that refers back to the figure ("the number had risen to"), or a link to the statement ("it added").
    [InlineData("About 3,000 soldiers had reached the border by Monday, the Pentagon said; by Friday the number had risen to 5,000.", 5000)]
    // A figure inside the speaker's quotation, whose voice closes it.
    [InlineData("“We sent 3,000 soldiers last week; 2,000 more are ready to go,” the Pentagon said.", 2000)]
    // A participle inside what the voice reports, one that is a part of the figure before it, one that says something.
    [InlineData("The Pentagon said on Friday that the first 300 Marines had arrived in Lithuania, joining 1,000 soldiers already there.", 1000)]
    [InlineData("About 1,000 Guard members will deploy to the border, the Pentagon said, beginning with about 300 soldiers right away.", 300)]
    [InlineData("Troops returned to the front in the first week of February, the Pentagon said on Thursday, adding that about 3,000 more troops had been sent.", 3000)]
    // Near misses of a dating clause: the voice opens the sentence and the clause is what it said, or "after" is bare.
    [InlineData("The Pentagon said a second battalion had arrived in the province, a week after about 600 soldiers of the first.", 600)]
    [InlineData("About 1,500 troops will leave the base by June, the Pentagon said, after roughly 900 Marines finish their exercise.", 900)]
    public void A_breakdown_of_the_figure_just_cited_is_its_speakers(string text, double value) =>
        Assert.Equal("Pentagon", Origin(text, value));

    [Theory]
    // Background: a figure with a noun of its own, present state, a number larger than the one cited (not a part of it), or a
    // clause after a semicolon that no one cites.
    [InlineData("The Pentagon said on Monday that about 9,000 troops would leave Italy. Roughly 3,000 Marines remain in Sicily.", 3000)]
    [InlineData("The Pentagon said on Monday that about 9,000 troops would leave Italy. Some 12,000 are stationed there now.", 12000)]
    [InlineData("The Pentagon said it would cut the force in Italy to 9,000; at present some 12,000 are stationed there.", 12000)]
    [InlineData("The Pentagon said 4,000 troops had arrived in Poland; about 2,000 Polish soldiers guard the border with Belarus.", 2000)]
    // A participle right after the speech verb that names troops already there.
    [InlineData("About 700 Marines began moving to San Diego on Monday, the Pentagon said, joining the 2,000 Guard soldiers sent there last week.", 2000)]
    // A sentence after one whose release verb (troops released from a mission) announces nothing.
    [InlineData("The general has released 2,000 of the 4,000 Guard soldiers sent to the city from their mission, the Pentagon said on Tuesday. About 700 Marines remain in the city.", 700)]
    // A clause that dates the statement by another event, after the voice that closes its own clause.
    [InlineData("The army will send 2,000 more soldiers to the border, the Pentagon said on Monday, a week after about 600 militiamen crossed into the province.", 600)]
    [InlineData("About 1,500 troops will leave the base by June, the Pentagon said, two days before roughly 900 Marines began their exercise.", 900)]
    // The figure just cited named again ("The 700 are …"): the writer goes on about it, it breaks nothing down.
    [InlineData("The Pentagon said on Monday that the first 400 soldiers, the vanguard of a 9,000-strong force, would leave Italy. The 400 are part of a 1,500-strong logistics battalion.", 1500)]
    public void Background_is_the_writers(string text, double value) => Assert.Null(Origin(text, value));

    [Theory]
    // A statement's or release's title names a body, known or not: the text below is its words.
    [InlineData("News release from Joint Task Force Harbour:\n\nAbout 450 sailors began arriving at the port on Monday. The rest of the task force follows in May.", 450, "Joint Task Force Harbour")]
    [InlineData("Press release from the Coastal Defence Command:\n\nRoughly 300 marines will join the exercise next week.", 300, "Coastal Defence Command")]
    // A headline's surname that the paragraph below writes out after a first name, whatever verb follows there.
    [InlineData("Harlow: base will lose 1,200 airmen in the cuts\n\nThe regional interior minister Jane Harlow called the cut painful on Tuesday.", 1200, "Jane Harlow")]
    public void A_title_or_a_headlines_surname_speaks(string text, double value, string origin) =>
        Assert.Equal(origin, HeadedOrigin(text, value));

    [Theory]
    // A place the text below puts after a preposition, a label, a title-case topic: no one speaks.
    [InlineData("Ramstein: 1,200 airmen to leave by spring\n\nShop owners in Ramstein fear for their trade as the airmen leave.", 1200)]
    [InlineData("Explainer: why 3,000 troops are moving to Romania\n\nThe brigade's rotation ends in March.", 3000)]
    [InlineData("Statement from a Grateful Town:\n\nAbout 450 sailors began arriving at the port on Monday.", 450)]
    public void A_place_label_or_topic_heading_speaks_for_no_one(string text, double value) => Assert.Null(HeadedOrigin(text, value));

    [Theory]
    // A description that the body named before it stands behind: "the Army" below "Indian Army says", "the alliance" below a
    // heading by NATO (a military body of no one country).
    [InlineData("20 soldiers killed in border clash, Indian Army says\n\nThree more soldiers died of their wounds overnight, bringing the toll to 23, the Army said in a statement.", 23, "Indian Army")]
    [InlineData("NATO: 300 Dutch troops reach Lithuania\n\nThe soldiers join a contingent of 1,000 already there, the alliance said on Friday.", 1000, "NATO")]
    // Not: a national army is no alliance.
    [InlineData("Polish army sends 300 soldiers to the border, Polish Army says\n\nAbout 1,000 more Polish soldiers are expected next month, the alliance said on Friday.", 1000, null)]
    public void A_description_stands_for_the_body_named_before(string text, double value, string? origin) =>
        Assert.Equal(origin, HeadedOrigin(text, value));

    [Fact]
    // "a X spokesperson told AP": the body's country's officials of its trade are the origin (the DevSet header's convention,
    // as "a U.S. Northern Command spokesperson": "U.S. military officials"), the outlet its via.
    public void The_officials_of_the_body_whose_spokesperson_told_an_outlet_are_the_origin()
    {
        var figure = Figure(TestData.Passage("About 500 Guard troops began their mission on Friday, a U.S. Northern Command spokesperson told The Associated Press."), 500);
        Assert.Equal("U.S. military officials", figure.AttributedTo);
        Assert.Contains("Associated Press", string.Join(";", figure.Via));
    }
}
