namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A body's press unit named after its possessive or its name speaks for the body: "the Russian Defence Ministry's press
/// service said", "the Pakistani military's media wing said", "the Kremlin press service said" (body_voice_units), as "the
/// press service of the Russian Defence Ministry" does. Not where a name follows ("the ministry's press office, Rosa Ruiz,
/// said"): that person speaks.
/// </summary>
internal sealed class BodyUnits(Lexicon lexicon)
{
    private readonly PhraseTable units = new(lexicon.Words("body_voice_units").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());

    /// <summary>Where the unit after a body's name ending at <paramref name="end"/> ends, or -1 when none follows.</summary>
    public int End(string s, int end)
    {
        var p = end;
        if (p + 1 < s.Length && s[p] is '\'' or '’' && s[p + 1] == 's') p += 2;
        var h = SkipWhiteSpace(s, p);
        if (h == p || h >= s.Length || !char.IsLower(s[h]) || PhraseAt(s, h, units, wholeWord: true) is not (> 0 and var unitEnd)) return -1;
        var next = SkipWhiteSpace(s, unitEnd);
        if (next < s.Length && (char.IsUpper(s[next]) || s[next] == ',' && SkipWhiteSpace(s, next + 1) is var n && n < s.Length && char.IsUpper(s[n]))) return -1;
        return unitEnd;
    }
}
