namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bare sources closing a sentence ("…, sources say.") are a voice: the sources cited before, else a voice the kit cannot name.
/// Before, the kit read no voice there, so a figure took the speaker of the next sentence that refers back to it ("U.S.
/// intelligence estimates suggest that the total …"). The sentences are ours.
/// </summary>
public class BareSourcesTests
{
    [Fact]
    public void Bare_sources_keep_the_next_sentence_s_voice_off_the_figure() =>
        Assert.Null(Assert.Single(Counts("The column includes several hundred marines, with the rest being conscripts, sources say. British intelligence estimates suggest that the total could reach 9,000."),
            c => c.Value is null).AttributedTo);

    [Fact]
    public void Bare_sources_are_the_sources_cited_before() =>
        Assert.Equal("military sources", Of("Headline\n\nA military source told AFP that the column had moved.\n\nThe roads were closed.\n\nAbout 700 marines are in it, sources said.", 700).AttributedTo);

    // Near miss: sources placed in a body are the body's, as they were.
    [Fact]
    public void Sources_in_a_body_stay_the_body_s() =>
        Assert.Equal("Estonian military sources", Assert.Single(Counts("About 700 marines are in the column, according to sources in the Estonian army.")).AttributedTo);

    // Near miss: sources a word names are theirs, as they were.
    [Fact]
    public void Named_sources_stay_as_they_were() =>
        Assert.Equal("Estonian military sources", Assert.Single(Counts("About 700 Estonian marines are in the column, Estonian military sources said.")).AttributedTo);
}
