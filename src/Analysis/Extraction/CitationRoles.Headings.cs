namespace Analysis.Extraction;

/// <summary>
/// A heading's speaker: a headline, or a live blog entry after its time stamp, may name its speaker by a colon after
/// the name ("Pentagon: 2,000 more troops …"), or last after a spaced dash or a colon. These tests read the marks and
/// time stamps around such a name; no pattern of running text does, so they stand apart from the cues.
/// </summary>
internal sealed partial class CitationRoles
{
    // What may stand before a heading's speaker: quotes, markup ("**", "## "), and a live blog entry's time stamp with its
    // zone ("14:05 GMT", "10.42am", "2:15 p.m. ET –").
    private static bool IsHeadingStart(ReadOnlySpan<char> before)
    {
        const string marks = "\"“‘'*#_>•|-–— \t";
        before = before.TrimStart(marks);
        if (before.IsEmpty) return true;
        var i = 0;
        while (i < before.Length && char.IsAsciiDigit(before[i])) i++;
        if (i is 0 or > 2 || i + 3 > before.Length || before[i] is not (':' or '.') || !char.IsAsciiDigit(before[i + 1]) || !char.IsAsciiDigit(before[i + 2]))
            return false;
        var rest = before[(i + 3)..].TrimStart(' ');
        // At most two zone words: "GMT", "am", "p.m. ET".
        for (var w = 0; w < 2 && !rest.IsEmpty && char.IsAsciiLetter(rest[0]); w++)
        {
            var end = 0;
            while (end < rest.Length && (char.IsAsciiLetter(rest[end]) || rest[end] == '.')) end++;
            var word = rest[..end];
            if (!(word is "am" or "pm" or "a.m." or "p.m." || word.Length <= 4 && !word.ContainsAnyExceptInRange('A', 'Z'))) return false;
            rest = rest[end..].TrimStart(' ');
        }
        return rest.TrimStart(marks).TrimStart(':').TrimStart(marks).IsEmpty;
    }

    /// <summary>Whether a sentence may name its speaker by a colon: the document's first paragraph (its headline), a headline
    /// run into the text below it by a double space (as scraped copy has it), or a heading without a final full stop. A body paragraph that ends in one opens with a dateline
    /// ("Seoul: U.S. President …, the adviser said.") or a list item's topic ("Kuwait: More than 13,000 … are stationed there.").</summary>
    public static bool MayBeHeading(string s, int paragraph)
    {
        var trimmed = s.AsSpan().TrimEnd(" \t\r\n\"”'’");
        return paragraph == 0 || trimmed.IsEmpty || trimmed[^1] != '.' || s.Contains("  ", StringComparison.Ordinal);
    }

    // Whether the text before a heading's name holds a live blog entry's time stamp ("09:40 MSK", "14:05 GMT"), not only marks.
    private static bool HasTimeStamp(ReadOnlySpan<char> before) => before.ContainsAnyInRange('0', '9') && IsHeadingStart(before.Trim());

    // Whether the line before the sentence at `start` is a live blog entry's time stamp alone ("09:40 MSK").
    private static bool LineBeforeIsTimeStamp(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var line = before[(before.LastIndexOf('\n') + 1)..];
        return !line.IsEmpty && line.Length <= 24 && HasTimeStamp(line);
    }

    // Before a headline's last words: a spaced dash or a colon after at least four words of its own. A hyphen spaced on both
    // sides stands for a dash in wire headlines ("Russia has moved thousands of troops to Ukraine's borders - Stoltenberg"); one
    // inside a word ("Kenya-led") has no space before it.
    private static bool TrailingMark(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        if (before.IsEmpty || !(before[^1] == ':' || before[^1] is '—' or '–' or '-' && before.Length > 1 && before[^2] == ' ')) return false;
        return before[..^1].Count(' ') >= 3;
    }
}
