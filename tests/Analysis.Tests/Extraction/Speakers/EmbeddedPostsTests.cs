namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A social-media post a web page embeds prints its text, then the platform's sign-off: a dash, the poster's display name, the
/// handle in brackets and the date. The post is the poster's words, as a quotation is its speaker's, so a figure in it that no
/// voice of its own cites is the poster's: in the sign-off's paragraph before it, or in the paragraph right before a sign-off
/// that stands alone.
/// </summary>
public class EmbeddedPostsTests
{
    [Theory]
    // The sign-off alone in the paragraph after the post.
    [InlineData("Governor sends Guard troops\n\nThe governor signed the order on Friday.\n\nBREAKING: The governor has called up 250 National Guard members for the flood zone. https://t.co/AbCdEf pic.twitter.com/XyZ123\n\n— Maria Lopez (@marialopez) March 3, 2025\n\nThe order follows a week of heavy rain.\n", 250, "Maria Lopez")]
    // The sign-off closing the post's own paragraph.
    [InlineData("Soldiers captured\n\nThe army reported fresh clashes near the border on Sunday.\n\nOur units took prisoners today. Three soldiers survived and were brought to the capital. pic.twitter.com/abc123— Jan Kowalski (@jkowalski) May 2, 2025\n\nThe fighting went on overnight.\n", 3, "Jan Kowalski")]
    // A second spelling of the display name after a slash is dropped.
    [InlineData("Reservists called up\n\nThe ministry confirmed the call-up.\n\nAnother 1,200 reservists report to their units this week. pic.twitter.com/q1w2e3— Olena Petrenko / Олена Петренко (@opetrenko) June 9, 2025\n\nThe call-up is the third this year.\n", 1200, "Olena Petrenko")]
    // The month abbreviated as the dates write it ("Sept. 9"), and a poster's name that is no person's: the sign-off read as the
    // sources read it, whose author the post's text is lent to.
    [InlineData("Reservists called up\n\nThe ministry confirmed the call-up.\n\nAnother 1,200 reservists report to their units this week. pic.twitter.com/q1w2e3— Frontwatch (@frontwatch) Sept. 9, 2025\n\nThe call-up is the third this year.\n", 1200, "Frontwatch")]
    public void The_poster_speaks(string document, double value, string by) => AssertVoice(document, value, by, "");

    [Theory]
    // Near misses: a figure after the sign-off is the writer's; a dash and a name with no handle in brackets is no sign-off.
    [InlineData("Governor sends Guard troops\n\nBREAKING: The governor has acted. https://t.co/AbCdEf\n\n— Maria Lopez (@marialopez) March 3, 2025\n\nSome 250 National Guard members were on the streets by nightfall.\n", 250)]
    [InlineData("Governor sends Guard troops\n\nThe governor has called up 250 National Guard members for the flood zone.\n\n— Maria Lopez, March 3, 2025\n", 250)]
    // Near miss: a writer's own credit line with a handle and no date closes an article, no post.
    [InlineData("Governor sends Guard troops\n\nThe governor has called up 250 National Guard members for the flood zone.\n\n— Maria Lopez (@marialopez)\n", 250)]
    public void The_writer_speaks(string document, double value) => AssertVoice(document, value, null, "");
}
