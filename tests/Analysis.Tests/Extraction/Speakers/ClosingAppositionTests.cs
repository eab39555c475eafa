namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A relay that closes the sentence stays its outermost link when a noun phrase describing it follows ("…, according to Anna
/// Vos, one of the lawmakers at the hearing."), as it does before a full stop or a relative clause: the body told first is the
/// origin. Not where a verb of speech follows the comma: that is a voice of its own. The sentences are ours.
/// </summary>
public class ClosingAppositionTests
{
    [Theory]
    [InlineData("Dutch intelligence told parliament that 900 Iranian troops would come in July, according to Anna Vos, one of the lawmakers at the hearing.", "Dutch intelligence", "Anna Vos")]
    [InlineData("Dutch intelligence told parliament that 900 Iranian troops would come in July, according to Anna Vos, a lawmaker on the defence committee.", "Dutch intelligence", "Anna Vos")]
    [InlineData("Dutch intelligence told parliament that 900 Iranian troops would come in July, according to Anna Vos.", "Dutch intelligence", "Anna Vos")]
    public void The_relay_before_a_describing_phrase_is_the_via(string text, string origin, string via)
    {
        var figure = Assert.Single(Counts(text));
        Assert.Equal((origin, via), (figure.AttributedTo, string.Join("; ", figure.Via)));
    }
}
