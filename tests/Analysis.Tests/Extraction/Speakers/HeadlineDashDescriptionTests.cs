namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A wire headline that ends in a spaced dash and a description of its voice, in lower case ("… - ministry", "… - defence
/// ministry", "… - Seoul defence ministry", "… - Ukrainian military"), names the voice that speaks first in the story below, as a
/// description before a headline's colon does ("Kyiv's spies: …"); one of a country the description names ("Seoul") only if that
/// voice is of that country. A dash before words that are no voice ("… - report finds nothing") names no one. The sentences are ours.
/// </summary>
public class HeadlineDashDescriptionTests
{
    [Theory]
    [InlineData("42 Armenian soldiers killed in border clashes - ministry\n\nForty-two Armenian soldiers have been killed since Monday, Armenia's Defence Ministry said.", 42, "Armenian Defense Ministry")]
    [InlineData("Seoul to pull 9,000 troops from Vietnam - Seoul defence ministry\n\nSEOUL - South Korea will pull 9,000 soldiers out of South Vietnam next year, the Defence Ministry said on Tuesday.", 9000, "South Korean Defense Ministry")]
    [InlineData("Russian strike kills 12 soldiers at training ground - Ukrainian military\n\nKYIV - A Russian missile strike killed 12 Ukrainian soldiers at a training ground, Ukraine's military said on Sunday.", 12, "Ukrainian military")]
    public void The_voice_below_speaks_the_headline(string document, double value, string origin) =>
        Assert.Equal(origin, DocumentCounts(document).First(c => c.Value == value).AttributedTo);

    [Theory]
    // Near miss: a description of another country than the voice below.
    [InlineData("Seoul to pull 9,000 troops from Vietnam - Hanoi defence ministry\n\nSEOUL - South Korea will pull 9,000 soldiers out of South Vietnam next year, the Defence Ministry said on Tuesday.", 9000)]
    public void A_description_of_another_country_names_no_one(string document, double value) =>
        Assert.Null(DocumentCounts(document).First(c => c.Value == value).AttributedTo);
}
