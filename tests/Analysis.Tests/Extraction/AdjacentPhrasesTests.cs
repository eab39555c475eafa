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

    // Lists read at the same place share its tokens (AdjacentPhrases.Place): each must still read its own phrases, in
    // its own case, whichever list read the place first and however far.
    [Fact]
    public void Lists_read_at_one_place_each_find_their_own()
    {
        var longer = new AdjacentPhrases(["as many as", "more than"]);
        var shorter = new AdjacentPhrases(["as", "many"]);
        var cased = new AdjacentPhrases(["AS", "US"], ignoreCase: false);
        const string text = "sent as many as 300 US troops";
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(15, longer.EndOfPhraseAt(text, 4, text.Length));
            Assert.Equal(7, shorter.EndOfPhraseAt(text, 4, text.Length));
            Assert.Equal(-1, cased.EndOfPhraseAt(text, 4, text.Length));
            Assert.Equal(5, longer.StartOfPhraseBefore(text, 0, 16));
            Assert.Equal(13, shorter.StartOfPhraseBefore(text, 0, 16));
            Assert.Equal(-1, shorter.StartOfPhraseBefore(text, 14, 16)); // the same place with another start: "a" only
            Assert.Equal(20, cased.StartOfPhraseBefore(text, 0, 22));
            Assert.Equal(-1, longer.EndOfPhraseAt(text, 4, 12)); // the same place with another end: "as many" only
        }
    }

    // A letter outside ASCII that equals an ASCII one in some case ("ſ" for "s"), in a token or in a key, is read by the
    // comparer, as before the shared places.
    [Theory]
    [InlineData("ſent", "sent")]
    [InlineData("sent", "ſent")]
    [InlineData("ſENT", "Sent")]
    public void A_letter_outside_ASCII_compares_as_the_comparer_says(string key, string word)
    {
        var expected = string.Equals(key, word, StringComparison.OrdinalIgnoreCase);
        var phrases = new AdjacentPhrases([key]);
        var text = "they " + word + " 300";
        Assert.Equal(expected ? 5 + word.Length : -1, phrases.EndOfPhraseAt(text, 4, text.Length));
        Assert.Equal(expected ? 5 : -1, phrases.StartOfPhraseBefore(text, 0, 5 + word.Length));
    }
}
