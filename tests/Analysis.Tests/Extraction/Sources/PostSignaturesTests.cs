namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A social-media post a page embeds ends with its signature: a dash, the author's name, the account's handle and the date
/// ("— Jane Roe (@janeroe) October 6, 2025"). The post is the author's words, so the author is a source of the story though no
/// verb of saying names them; a name the kit knows is named as it knows it.
/// </summary>
public class PostSignaturesTests
{
    [Theory]
    [InlineData("BREAKING: the governor has sent 250 more Guard members to the capital. https://t.co/abc123\n\n— Dana Whitfield (@dwhitfield) March 3, 2025", "Dana Whitfield")]
    [InlineData("Some 120 soldiers landed at the airport tonight. pic.twitter.com/x1y2z3— Marco Ellison (@marcoellison) July 9, 2024", "Marco Ellison")]
    [InlineData("Our troops captured two soldiers near the border. pic.twitter.com/q9w8e7— Volodymyr Zelensky / Володимир Зеленський (@ZelenskyyUa) January 11, 2025", "Volodymyr Zelensky")]
    // The month as the dates spell it ("Oct. 3") and a handle past twenty characters: one reading of the signature, the
    // attribution's and the sources' alike, so an author's name that is no person's (one word) is cited all the same.
    [InlineData("Some 40 soldiers guard the bridge tonight. https://t.co/k7l8m9\n\n— Frontwatch (@frontwatch_daily_reports_x) Oct. 3, 2025", "Frontwatch")]
    public void The_author_of_an_embedded_post(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a dash, a name and a handle with no signature's date, and a dash before a name and a date in running text with no
    // handle, cite no one.
    [InlineData("About 300 troops arrived on Monday. For updates follow our reporter — Dana Whitfield (@dwhitfield) on the ground.", "Dana Whitfield")]
    [InlineData("About 40 soldiers guarded the gate — Dana Whitfield, a neighbour, watched them leave on March 3, 2025.", "Dana Whitfield")]
    public void No_signature(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
