namespace Analysis.Corpus;

using System.Text.RegularExpressions;

/// <summary>
/// The lines a blog or news feed closes an item with that repeat the item's own title: WordPress's "The post &lt;title&gt;
/// appeared first on &lt;site&gt;." and an excerpt's "… Continue reading &lt;title&gt;". Scraped pages keep them as text,
/// and read as text the title is a second headline at the foot of the page: its voice ("X claims …") and its figures are
/// counted again as if the story said them twice. Every layer reads the page's text (figures, sources, voices), so the
/// title is made spaces here, once, before the text is split: every offset holds (as <see cref="MarkdownText"/> keeps
/// them) and the rest of the line stays ("The post … appeared first on &lt;site&gt;." still names where the item ran).
/// The HTML importer drops the same footer paragraph whole (Import.ArticleBody, through <see cref="IsPostFooter"/>). The
/// phrases are written here, not in the lexicon: this layer sits below it (the lexicon's phrase matching reads Corpus types).
/// </summary>
public static class FeedFooters
{
    // A title is one line of at most this many characters; longer runs are prose.
    private const int MaxTitle = 300;

    // WordPress's footer, "The post <title> appeared first on <site>.": the words before and after its title.
    private const string PostOpening = "The post ", PostClosing = " appeared first on ";

    // That footer, opening its line.
    private static readonly Regex PostFooter = new(
        @"^[ \t]*" + PostOpening + @"(?<title>[^\r\n]{1," + MaxTitle + @"}?)" + PostClosing + @"\S",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // "… Continue reading <title>" after an excerpt's ellipsis, or opening its line; the title runs to the line's end (an
    // arrow after it is the link's).
    private static readonly Regex ContinueReading = new(
        @"(?:^[ \t]*|(?:…|\.\.\.|\[…\]|\[\.\.\.\])[ \t]*)Continue reading[ \t]+(?<title>[^\r\n]{1," + MaxTitle + @"})(?=\r?$)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The text with the titles its feed footers repeat made spaces; the text itself when it has none.</summary>
    public static string Blank(string text)
    {
        var post = text.Contains(PostClosing, StringComparison.Ordinal);
        var more = text.Contains("ontinue reading", StringComparison.OrdinalIgnoreCase);
        if (!post && !more) return text;
        char[]? copy = null;
        if (post)
            foreach (Match m in PostFooter.Matches(text)) TextBlanks.Spaces(ref copy, text, m.Groups["title"]);
        if (more)
            foreach (Match m in ContinueReading.Matches(text)) TextBlanks.Spaces(ref copy, text, m.Groups["title"]);
        return copy is null ? text : new string(copy);
    }

    /// <summary>Whether a paragraph (white space collapsed) is WordPress's footer, "The post &lt;title&gt; appeared first on
    /// &lt;site&gt;.".</summary>
    public static bool IsPostFooter(string paragraph) =>
        paragraph.StartsWith(PostOpening, StringComparison.Ordinal) && paragraph.Contains(PostClosing, StringComparison.Ordinal);
}
