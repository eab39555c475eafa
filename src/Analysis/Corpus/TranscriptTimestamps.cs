namespace Analysis.Corpus;

using System.Text.RegularExpressions;

/// <summary>
/// The time codes a video page's transcript opens each of its lines with, glued to the line's first word with no space
/// ("00:34Hours earlier, …", "01:14South Korea's spy chief stated …"): pasted from the page, the time code and the word read
/// as one token, so the first word is lost to every reader (a speaker's name, a country's possessive, the capital that
/// opens a sentence). The transcript's lines also break its sentences anywhere, the time code then sitting inside a
/// sentence. The time codes are made spaces here, once, before the text is split, as <see cref="FeedFooters"/> blanks a
/// footer's title: every offset holds and the words read as the sentence they are. Only a page with several such lines is
/// a transcript; a time with a space after it ("14:38 Syrskyi: …", a live blog's entry) is left as it is.
/// </summary>
public static class TranscriptTimestamps
{
    // A transcript has at least this many glued time codes; one alone may be a typing slip.
    private const int MinLines = 3;

    // "00:34", "1:02:15" opening a line (after any indentation), a letter, a digit or a quotation mark right after it.
    private static readonly Regex Glued = new(@"^[ \t]*(?<code>(?:\d{1,2}:)?\d{1,2}:\d{2})(?=[\p{L}\d""“‘'(])",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The text with a transcript's glued time codes made spaces; the text itself when it is no transcript.</summary>
    public static string Blank(string text)
    {
        if (!text.Contains(':')) return text;
        var matches = Glued.Matches(text);
        if (matches.Count < MinLines) return text;
        char[]? copy = null;
        foreach (Match m in matches) TextBlanks.Spaces(ref copy, text, m.Groups["code"]);
        return new string(copy!);
    }
}
