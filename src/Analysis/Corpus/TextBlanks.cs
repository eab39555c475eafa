namespace Analysis.Corpus;

using System.Text.RegularExpressions;

/// <summary>
/// Words of a page that are no part of its text (a feed footer's repeated title, a transcript's time codes) made spaces before
/// the text is split: every offset holds, so sentences, spans and quotes still point at the page as it was read.
/// </summary>
internal static class TextBlanks
{
    /// <summary>Makes the characters of <paramref name="group"/> spaces in <paramref name="copy"/>, copying
    /// <paramref name="text"/> into it first when it is still null.</summary>
    public static void Spaces(ref char[]? copy, string text, Group group)
    {
        copy ??= text.ToCharArray();
        copy.AsSpan(group.Index, group.Length).Fill(' ');
    }
}
