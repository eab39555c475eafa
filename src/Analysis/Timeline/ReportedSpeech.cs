using System.Buffers;

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// "X said that Y" in a summary's line: the speaker (2 to 80 characters, no comma, from the line's start), a reporting
/// verb of <c>summary_reporting_verbs</c> after white space, what it was said to (at most 40 characters, no comma:
/// "revealed to Yonhap news agency"), an optional comma, "that" between white space, and the clause after it. Read as
/// the pattern <c>^(?&lt;speaker&gt;[^,]{2,80}?)\s+(?&lt;verb&gt;VERBS)(?&lt;object&gt;\s+[^,]{1,40}?)?,?\s+that\s+(?&lt;clause&gt;.+)$</c>
/// would (case ignored; the line holds no line break): the shortest speaker, the verbs longest first, the shortest
/// object, and no object only when none fits.
/// </summary>
internal sealed class ReportedSpeech(IEnumerable<string> verbs)
{
    private const int MaxSpeaker = 80, MaxObject = 40;

    // As the pattern's alternation tries them: longest first, then in ordinal order.
    private readonly PhrasesByFirstCharacter verbs = new(verbs.Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal));

    // A word that starts with none of these is no verb.
    private readonly SearchValues<char> openers = PhraseLiteral.Openers(verbs, ignoreCase: true);

    /// <summary>Where the parts are in the line: the speaker is line[..SpeakerEnd], the object line[VerbEnd..ObjectEnd) (empty when none), the clause line[Clause..].</summary>
    public readonly record struct Parts(int SpeakerEnd, int VerbStart, int VerbEnd, int ObjectEnd, int Clause);

    public Parts? Match(string s)
    {
        var n = s.Length;
        if (n < 2 || s[0] == ',') return null;
        for (var speaker = 2; speaker <= MaxSpeaker && speaker < n; speaker++)
        {
            if (s[speaker - 1] == ',') return null;
            if (!char.IsWhiteSpace(s[speaker])) continue;
            // The white space before the verb is taken whole: a verb does not start with white space.
            var verb = PhraseLiteral.SkipWhiteSpace(s, speaker, s.Length);
            if (verb == n || !openers.Contains(s[verb])) continue;
            foreach (var v in verbs.At(s[verb]))
            {
                var verbEnd = PhraseLiteral.EndOf(s, verb, n, v, ignoreCase: true);
                if (verbEnd <= verb) continue;
                if (Tail(s, verbEnd) is { } tail) return new Parts(speaker, verb, verbEnd, tail.ObjectEnd, tail.Clause);
            }
        }
        return null;
    }

    // After the verb: an object, the shortest that lets the rest follow (its white space given back one character at a
    // time, as a backtracking \s+ would), else none.
    private static (int ObjectEnd, int Clause)? Tail(string s, int verbEnd)
    {
        var n = s.Length;
        if (verbEnd < n && char.IsWhiteSpace(s[verbEnd]))
            for (var start = PhraseLiteral.SkipWhiteSpace(s, verbEnd, s.Length); start > verbEnd; start--)
                for (var end = start + 1; end <= start + MaxObject && end <= n; end++)
                {
                    if (s[end - 1] == ',') break;
                    if (ThatClause(s, end) is var clause and >= 0) return (end, clause);
                }
        return ThatClause(s, verbEnd) is var bare and >= 0 ? (verbEnd, bare) : null;
    }

    // ",?\s+that\s+(?<clause>.+)$" at `at`: where the clause starts, -1 when it does not follow.
    private static int ThatClause(string s, int at)
    {
        var n = s.Length;
        for (var withComma = at < n && s[at] == ','; ; withComma = false)
        {
            var from = withComma ? at + 1 : at;
            var that = PhraseLiteral.SkipWhiteSpace(s, from, s.Length);
            if (that > from && that + 4 <= n && s.AsSpan(that, 4).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                var after = that + 4;
                var clause = PhraseLiteral.SkipWhiteSpace(s, after, s.Length);
                // The clause takes at least one character: the last white space, when nothing else is left.
                if (clause > after && clause < n) return clause;
                if (clause == n && clause - 1 > after) return clause - 1;
            }
            if (!withComma) return -1;
        }
    }
}
