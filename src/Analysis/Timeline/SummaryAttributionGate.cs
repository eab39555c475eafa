namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// Whether summary_trailing_attribution (summaries.json) may match a line, told from what it cannot match without: after
/// the line's last comma and white space, a reporting verb at most six words before the end. The summary's cue index says
/// only that a reporting verb is somewhere in the line, and in most long lines it stands before the last comma or further
/// from the end, where the pattern cannot match.
/// </summary>
/// <remarks>
/// Why false is certain. The pattern is <c>,\s+(?:(?!{summary_conjunctions}\b)[^,]{2,80}?\s+{summary_reporting_verbs}(?:\s+[^\s,]+){0,5}|{summary_reporting_verbs}(?:\s+[^\s,]+){1,6})$</c>
/// (the gate checks the lexicon's expansion is exactly that; for any other pattern, or a reporting verb that holds a comma, it
/// always says true). A match therefore holds:
/// <list type="number">
/// <item>no comma after its own first one (no part of it after the comma reads one, and $ is the line's end or a last "\n"
/// before it): its comma is the line's last, and white space follows it;</item>
/// <item>a reporting verb that starts after white space (\s+, which <see cref="char.IsWhiteSpace(char)"/> counts) and ends
/// where white space or the end follows, with at most six runs of other characters after it: so the verb's last word is one
/// whole run of non-white-space among the last seven of the line after that comma. The gate compares each of those runs with
/// the verbs' last words as the pattern does (any case; ' and ’ alike); a run with another character past ASCII, which
/// IgnoreCase may read as an ASCII letter (the Kelvin sign as "k"), says true.</item>
/// </list>
/// </remarks>
internal sealed class SummaryAttributionGate
{
    private const string VerbsList = "summary_reporting_verbs";

    // The last word of each reporting verb, any case, ’ written '.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lastWords;
    // The lexicon's pattern is not the one read above, or a verb holds a comma: it always runs.
    private readonly bool always;

    // The runs after the verb, and the verb's own last one.
    private const int Runs = 7;

    public SummaryAttributionGate(Lexicon lexicon)
    {
        var verbs = lexicon.Words(VerbsList);
        var lasts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in verbs)
        {
            if (verb.Contains(',') || verb.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is not [.., var last]) { always = true; continue; }
            lasts.Add(last.Replace('’', '\''));
        }
        lastWords = lasts.GetAlternateLookup<ReadOnlySpan<char>>();
        var alternation = Lexicon.Alternation(verbs);
        always |= lexicon.Pattern("summary_trailing_attribution") !=
            @",\s+(?:(?!" + lexicon.Alternation("summary_conjunctions") + @"\b)[^,]{2,80}?\s+" + alternation + @"(?:\s+[^\s,]+){0,5}|" + alternation + @"(?:\s+[^\s,]+){1,6})$";
    }

    /// <summary>Whether the gate reads the lexicon's pattern (false: it lets every line through).</summary>
    internal bool Reads => !always;

    /// <summary>False where summary_trailing_attribution cannot match <paramref name="line"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> line)
    {
        if (always) return true;
        var comma = line.LastIndexOf(',');
        if (comma < 0 || comma + 1 == line.Length || !char.IsWhiteSpace(line[comma + 1])) return false;
        Span<char> word = stackalloc char[32];
        var end = line.Length;
        for (var runs = 0; runs < Runs; runs++)
        {
            while (end > comma + 1 && char.IsWhiteSpace(line[end - 1])) end--;
            if (end == comma + 1) return false;
            var start = end;
            while (start > comma + 1 && !char.IsWhiteSpace(line[start - 1])) start--;
            if (Verb(line[start..end], word)) return true;
            end = start;
        }
        return false;
    }

    // Whether a run is a verb's last word as the pattern reads it: any case, ’ for '; a character past ASCII but ’ says it may be.
    private bool Verb(ReadOnlySpan<char> run, Span<char> buffer)
    {
        if (run.Length > buffer.Length) return true; // longer than any verb the kit lists: read loosely
        var normal = buffer[..run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i] == '’' ? '\'' : run[i];
            if (c >= 128) return true;
            normal[i] = c;
        }
        return lastWords.Contains(normal);
    }
}
