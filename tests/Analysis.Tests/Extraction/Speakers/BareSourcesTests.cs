namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bare sources closing a sentence ("…, sources say.") are a voice: the sources cited before, else "sources", as the text names
/// them. Before, the kit read no voice there, so a figure took the speaker of the next sentence that refers back to it ("U.S.
/// intelligence estimates suggest that the total …"). A word of how they stand stays in their name ("local sources"); one that
/// counts them does not ("three sources"); either makes them a new voice. The sentences are ours.
/// </summary>
public class BareSourcesTests
{
    [Fact]
    public void Bare_sources_keep_the_next_sentence_s_voice_off_the_figure() =>
        Assert.Equal("sources", Assert.Single(Counts("The column includes several hundred marines, with the rest being conscripts, sources say. British intelligence estimates suggest that the total could reach 9,000."),
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

    [Theory]
    [InlineData("About 700 marines landed at the port, sources told the radio station.", "sources")]
    [InlineData("About 700 marines landed at the port, according to local sources.", "local sources")]
    [InlineData("Local sources said about 700 marines had landed at the port.", "local sources")]
    [InlineData("According to various sources, about 700 marines landed at the port.", "various sources")]
    [InlineData("Informed sources told the weekly that about 700 marines had landed at the port.", "informed sources")]
    [InlineData("The weekly, citing several sources, said about 700 marines had landed at the port.", "sources")]
    public void Unnamed_sources_with_none_before_are_named_as_the_text_names_them(string text, string expected) =>
        Assert.Equal(expected, Of("Headline\n\n" + text, 700).AttributedTo);

    // Near miss: a word that counts the sources makes them a new voice, not the military sources cited before.
    [Fact]
    public void Counted_sources_are_not_those_cited_before() =>
        Assert.Equal("sources", Of("Headline\n\nA military source told AFP that the column had moved.\n\nAbout 700 marines are in it, three sources said.", 700).AttributedTo);

    // Near miss: "the sources" still stand for those cited before.
    [Fact]
    public void The_sources_stand_for_those_cited_before() =>
        Assert.Equal("military sources", Of("Headline\n\nA military source told AFP that the column had moved.\n\nAbout 700 marines are in it, the sources said.", 700).AttributedTo);
    // One source with no word of whose it is ("A source told the paper that …", "…, a source said.") speaks as bare sources do.
    [Theory]
    [InlineData("A source told the weekly that about 700 marines had landed at the port.", "sources")]
    [InlineData("About 700 marines landed at the port, a source said.", "sources")]
    [InlineData("A well-placed source told the weekly that about 700 marines had landed at the port.", "sources")]
    public void One_unnamed_source_is_named_as_sources(string text, string expected) =>
        Assert.Equal(expected, Of("Headline\n\n" + text, 700).AttributedTo);

    // Near misses: a source of something speaks not ("a source of delay"); a source a word names stays as it was.
    [Theory]
    [InlineData("The storm was a source of delay, and about 700 marines waited at the port.", null)]
    [InlineData("About 700 Estonian marines landed at the port, a military source said.", "Estonian military sources")]
    public void A_source_that_is_no_voice_or_a_named_one_stays_as_it_was(string text, string? expected) =>
        Assert.Equal(expected, Of("Headline\n\n" + text, 700).AttributedTo);
}
