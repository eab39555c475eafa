namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "A session of the National Assembly's intelligence committee": a statement noun that opens a committee's name ("intelligence
/// committee", "information panel") is no statement of the body before it, and the body is only where the words were said; across
/// a whole page, an "it" in a lawmaker's quote later on is then the agency the quote names, not that body. Near misses: a body's
/// own assessment ("the National Assembly's assessment") and a statement noun with another noun after it ("the Pentagon's
/// intelligence assessment") are still the body's. The articles are ours.
/// </summary>
public class CommitteeOfABodyTests
{
    [Theory]
    [InlineData("About 1,500 North Korean soldiers have died, the spy agency told a session of the National Assembly's intelligence committee.", 1500)]
    [InlineData("About 900 Russian soldiers have died, the spy chief said at a hearing of the National Assembly's intelligence committee.", 900)]
    public void A_body_whose_committee_heard_the_figure_gives_none(string sentence, double value) =>
        Assert.NotEqual("National Assembly", Of($"Toll rises\n\n{sentence}\n", value).AttributedTo);

    [Fact]
    public void A_quote_paragraphs_later_keeps_the_agency_its_pronoun_names() =>
        Assert.Equal("National Intelligence Service", DocumentCounts(
            "Spy agency raises toll\n\n"
            + "About 1,500 North Korean soldiers sent to Russia have died, South Korea's spy agency told lawmakers Tuesday.\n\n"
            + "The National Intelligence Service (NIS) gave the assessment at a closed-door session of the National Assembly's intelligence committee, "
            + "Rep. Kim Dae-ho told reporters afterward.\n\n"
            + "\"In May the agency judged that at least 400 North Korean soldiers had been killed. Going by its new analysis, it now puts the number at "
            + "around 1,500,\" Kim said.\n").Last(c => c.Value == 1500).AttributedTo);

    [Theory]
    // Near misses: the body's own statement.
    [InlineData("About 900 Russian soldiers have died, according to the National Assembly's assessment.", "National Assembly")]
    [InlineData("About 900 Russian soldiers have died, according to the Pentagon's intelligence assessment.", "Pentagon")]
    public void A_body_s_own_statement_is_still_its_own(string sentence, string voice) =>
        Assert.Equal(voice, Of($"Toll rises\n\n{sentence}\n", 900).AttributedTo);
}
