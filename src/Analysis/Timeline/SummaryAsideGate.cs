namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// Whether summary_aside (summaries.json) may match a line, told from what it cannot match without. The summary's cue
/// index keys summary_aside_openers by their first word alone, and "in", "as", "on", "at", "who" are in nearly every line,
/// so the cue alone would run the pattern's replacement on most event lines; what it needs is narrower: a comma, white space, an opener, and
/// a later comma.
/// </summary>
/// <remarks>
/// Why false is certain. The pattern is <c>,\s+{summary_aside_openers}\b(?:[^,]|,(?=\d))*,(?!\d)</c> (the gate checks the
/// lexicon's expansion is exactly that; for any other pattern it always says true). A match therefore holds:
/// <list type="number">
/// <item>a comma followed by at least one character of \s (each of which <see cref="char.IsWhiteSpace(char)"/> counts), after
/// which an opener starts: the gate reads past all the white space after each comma, to the same character;</item>
/// <item>the opener's first word there, ended by white space (a phrase's space expands to \s+) or by \b before a non-word
/// character (every letter and digit is a word character), so that the run of letters and digits the gate reads there is that
/// word as the line spells it. The first words are ASCII letters or digits (else the gate always says true), and the pattern's
/// IgnoreCase (CultureInvariant) matches ASCII to ASCII as OrdinalIgnoreCase does; a run with a character past ASCII, which
/// IgnoreCase may read as an ASCII letter (the Kelvin sign as "k"), says true;</item>
/// <item>after the opener, a comma that no digit (\d: <see cref="char.IsDigit(char)"/>) follows.</item>
/// </list>
/// </remarks>
internal sealed class SummaryAsideGate
{
    private const string OpenersList = "summary_aside_openers";

    // The first word of each opener, any case.
    private readonly WordSet firstWords;
    // The lexicon's pattern is not the one read above, or an opener's first word is not ASCII letters and digits: it always runs.
    private readonly bool always;

    public SummaryAsideGate(Lexicon lexicon)
    {
        var openers = lexicon.Words(OpenersList);
        var firsts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var opener in openers)
        {
            var first = opener.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [var word, ..] ? word : "";
            if (first.Length == 0 || !first.All(char.IsAsciiLetterOrDigit)) always = true;
            firsts.Add(first);
        }
        firstWords = firsts.ToWordSet();
        always |= lexicon.Pattern("summary_aside") != Expected(openers);
    }

    // The pattern the gate is written for, with the lexicon's openers.
    private static string Expected(IEnumerable<string> openers) => @",\s+" + Lexicon.Alternation(openers) + @"\b(?:[^,]|,(?=\d))*,(?!\d)";

    /// <summary>Whether the gate reads the lexicon's pattern (false: it lets every line through).</summary>
    internal bool Reads => !always;

    /// <summary>False where summary_aside cannot match <paramref name="line"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> line)
    {
        if (always) return true;
        for (var comma = line.IndexOf(','); comma >= 0;)
        {
            var (at, spaced) = (comma + 1, comma + 1);
            while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
            if (at > spaced)
            {
                var (start, ascii) = (at, true);
                for (; at < line.Length && char.IsLetterOrDigit(line[at]); at++) ascii &= line[at] < 128;
                if (at > start && (!ascii || firstWords.Contains(line[start..at])) && ClosingComma(line, at)) return true;
            }
            var next = line[(comma + 1)..].IndexOf(',');
            comma = next < 0 ? -1 : comma + 1 + next;
        }
        return false;
    }

    // A comma at or after `from` that no digit follows.
    private static bool ClosingComma(ReadOnlySpan<char> line, int from)
    {
        for (var at = line[from..].IndexOf(','); at >= 0;)
        {
            var comma = from + at;
            if (comma + 1 == line.Length || !char.IsDigit(line[comma + 1])) return true;
            from = comma + 1;
            at = line[from..].IndexOf(',');
        }
        return false;
    }
}
