namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A statement put out on a body's channel or website ("a post on the agency's Telegram channel said", "according to a
/// statement on the ministry's website"), where the body was named in an earlier paragraph only by what it is, is that body's,
/// as "the agency's statement said" already was: a channel or website owned by a voice is what it gives out (statement_nouns).
/// The sentences are ours.
/// </summary>
public class BodyChannelStatementsTests
{
    [Theory]
    [InlineData("Ukraine's military intelligence agency said North Korean units were moving south.\n\nSome 1,800 North Korean soldiers reached the front line, a message on the agency's Telegram channel said.",
        1800, "Ukrainian military intelligence")]
    [InlineData("The Lithuanian Defence Ministry confirmed the exercise on Friday.\n\nAround 2,500 troops took part, according to a statement on the ministry's website.",
        2500, "Lithuanian Defense Ministry")]
    [InlineData("Ukraine's military intelligence agency said North Korean units were moving south.\n\nAbout 600 North Korean soldiers were wounded, the statement on the intelligence agency's channel said.",
        600, "Ukrainian military intelligence")]
    // Near miss: the agency's own statement, named as before.
    [InlineData("Ukraine's military intelligence agency said North Korean units were moving south.\n\nSome 1,800 North Korean soldiers reached the front line, the agency's statement said.",
        1800, "Ukrainian military intelligence")]
    public void The_bodys_channel_speaks_for_it(string document, double value, string origin) =>
        Assert.Equal(origin, Of("Test headline\n\n" + document, value).AttributedTo);
}
