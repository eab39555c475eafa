namespace Analysis.Extraction;

using Analysis.Corpus;
using static SourceText;

/// <summary>
/// "BERLIN (AP) —", "WASHINGTON, Sept. 3 (Xinhua) --": a city in capitals, the outlet in brackets, a dash; or the
/// outlet between slashes, as Russian agencies write it ("MOSCOW, June 5. /TASS/."). The outlet
/// of a dateline is a source of the story, not of its figures (it only credits the story).
/// </summary>
internal static class Datelines
{
    /// <summary>The span of the outlet's name in sentence text s, or null when s opens with no dateline.</summary>
    public static TextSpan? Outlet(string s)
    {
        var open = s.IndexOf('(');
        if (open <= 0 || open > 60) return Slashed(s);
        var close = s.IndexOf(')', open);
        if (close < 0 || close - open > 40 || SkipWhiteSpace(s, close + 1) is var dash && (dash >= s.Length || s[dash] is not ('—' or '–' or '-'))) return null;
        var (from, to) = (SkipWhiteSpace(s, open + 1), close);
        while (to > from && char.IsWhiteSpace(s[to - 1])) to--;
        if (to == from || !char.IsUpper(s[from])) return null;
        // The city in capitals ("BERLIN", "NEW YORK, UN"), or in title case before an agency's initials
        // ("Freetown Sierra Leone (PANA) --").
        var capitals = 0;
        var i = 0;
        for (; i < open && (char.IsUpper(s[i]) || s[i] is ' ' or '-' or '.'); i++)
            if (char.IsUpper(s[i])) capitals++;
        if (capitals >= 3 && s[i] is ',' or '(' or ' ') return new TextSpan(from, to);
        var titleCase = open <= 40 && s[..open].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        return titleCase && IsAcronym(s.AsSpan(from, to - from)) ? new TextSpan(from, to) : null;
    }

    // "MOSCOW, June 5. /TASS/.": the agency between slashes after a city in capitals and the date.
    private static TextSpan? Slashed(string s)
    {
        var slash = s.IndexOf('/', 0, Math.Min(s.Length, 40));
        if (slash <= 0 || s.IndexOf('/', slash + 1, Math.Min(s.Length - slash - 1, 30)) is var shut && shut < 0 || shut - slash < 3) return null;
        var capitals = 0;
        var i = 0;
        for (; i < slash && (char.IsUpper(s[i]) || s[i] is ' ' or '-'); i++)
            if (char.IsUpper(s[i])) capitals++;
        return capitals >= 3 && s[i] is ',' or '.' or ' ' && IsAcronym(s.AsSpan(slash + 1, shut - slash - 1)) ? new TextSpan(slash + 1, shut) : null;
    }
}
