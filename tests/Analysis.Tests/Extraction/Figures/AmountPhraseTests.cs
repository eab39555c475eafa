namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;

/// <summary>
/// The words before a number that say what it amounts to (troop_amount_nouns, amount_connectors, estimate_*): a
/// noun, a few words within reach, a connector and a space, read from the number outward.
/// </summary>
public class AmountPhraseTests
{
    private static readonly AmountPhrase Amount = new(["troops", "force", "armed forces"], ["of", "at", "stood at", "numbering", "vs."], reach: 30);

    // The text before the number: "…" marks where it is.
    private static bool Before(string sentence)
    {
        var at = sentence.IndexOf('…');
        return Amount.Before(sentence.Replace("…", "1"), 0, at);
    }

    [Theory]
    [InlineData("a force of …")]
    [InlineData("A FORCE  OF\t…")]
    [InlineData("the armed   forces in the east stood at …")]
    [InlineData("the troops in the east stood   at …")]
    [InlineData("a force numbering …")]
    [InlineData("troops vs. …")]
    [InlineData("(force) of …")]
    public void A_noun_then_a_connector_makes_an_amount(string sentence) => Assert.True(Before(sentence));

    [Theory]
    // No space before the number, no connector, or the connector inside a word.
    [InlineData("a force of…")]
    [InlineData("a force …")]
    [InlineData("a force roof …")]
    [InlineData("a force_of …")]
    // The noun inside a word, past a digit or a full stop, or out of reach.
    [InlineData("a taskforce of …")]
    [InlineData("troopsx of …")]
    [InlineData("troops near 12 villages of …")]
    [InlineData("the troops. The share of …")]
    [InlineData("the troops who came from far away over the hills of …")]
    public void Otherwise_it_is_not(string sentence) => Assert.False(Before(sentence));
}
