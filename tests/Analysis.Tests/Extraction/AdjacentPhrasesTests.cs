namespace Analysis.Tests.Extraction;

using Analysis.Extraction;

/// <summary>
/// The phrases of a word list read right after or right before a place, token by token: found in any case (or in the
/// list's case), ’ read as ', a letter outside ASCII in its own case or another; a token no phrase starts or ends with
/// is none.
/// </summary>
public class AdjacentPhrasesTests
{
    private static readonly AdjacentPhrases Phrases = new(["as many as", "more than", "’s own", "Éire", "up to"]);

    [Theory]
    [InlineData("AS MANY AS 5,000", 0, 10)]
    [InlineData("  More than 300", 0, 11)]
    [InlineData("the army's own 300", 8, 14)]
    [InlineData("éire sent 40", 0, 4)]
    [InlineData("ÉIRE sent 40", 0, 4)]
    [InlineData("many as 300", 0, -1)]
    [InlineData("upto 300", 0, -1)]
    public void It_reads_the_longest_phrase_after_a_place(string text, int from, int expected) =>
        Assert.Equal(expected, Phrases.EndOfPhraseAt(text, from, text.Length));

    [Theory]
    [InlineData("sent AS MANY AS", 5)]
    [InlineData("sent up   to", 5)]
    [InlineData("the army’s OWN", 8)]
    [InlineData("in ÉIRE", 3)]
    [InlineData("sent as many", -1)]
    [InlineData("sent many as", -1)]
    public void It_reads_the_longest_phrase_before_a_place(string text, int expected) =>
        Assert.Equal(expected, Phrases.StartOfPhraseBefore(text, 0, text.Length));

    [Fact]
    public void Case_can_matter()
    {
        var phrases = new AdjacentPhrases(["US", "Éire"], ignoreCase: false);
        Assert.Equal(2, phrases.EndOfPhraseAt("US troops", 0, 9));
        Assert.Equal(-1, phrases.EndOfPhraseAt("us troops", 0, 9));
        Assert.Equal(-1, phrases.EndOfPhraseAt("éire", 0, 4));
        Assert.Equal(3, phrases.StartOfPhraseBefore("to US", 0, 5));
    }
}
