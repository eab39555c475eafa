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
        if (open < 0 || open > 60) return Slashed(s);
        var close = s.IndexOf(')', open);
        // "(MENAFN- AsiaNet News) The first …": an aggregator's credit and its source's, opening the story with no dash.
        if (open == 0 && close > 0 && close < 40 && s.IndexOf("- ", 1, close - 1, StringComparison.Ordinal) is var joint and > 1 && char.IsLetter(s[joint - 1])
            && char.IsUpper(s[1]) && IsCreditName(s.AsSpan(1, close - 1)))
            return new TextSpan(1, close);
        if (close < 0 || close - open > 40 || SkipWhiteSpace(s, close + 1) is var dash && (dash >= s.Length || s[dash] is not ('—' or '–' or '-'))) return null;
        var (from, to) = (SkipWhiteSpace(s, open + 1), close);
        // "(CNN Philippines, March 14) -": the outlet, then the date after a comma.
        var dated = false;
        if (s.IndexOf(',', from, to - from) is var comma and > 0 && s.AsSpan(comma, to - comma).IndexOfAnyInRange('0', '9') >= 0) (to, dated) = (comma, true);
        to = SkipWhiteSpaceBack(s, to, from);
        if (to == from || !char.IsUpper(s[from]) && !LowerCaseInitials(s.AsSpan(from, to - from))) return null;
        // "(Lusa) - Angolan soldiers …": a credit that opens the story, with no place before it.
        if (open == 0) return IsCreditName(s.AsSpan(from, to - from)) ? new TextSpan(from, to) : null;
        // The city in capitals ("BERLIN", "NEW YORK, UN"), or in title case before an agency's initials
        // ("Freetown Sierra Leone (PANA) --").
        var capitals = 0;
        var i = 0;
        for (; i < open && (char.IsUpper(s[i]) || s[i] is ' ' or '-' or '.'); i++)
            if (char.IsUpper(s[i])) capitals++;
        if (capitals >= 3 && s[i] is ',' or '(' or ' ') return new TextSpan(from, to);
        var titleCase = open <= 40 && s[..open].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        // "Pemba, 30 Apr (Lusa) -": in title case, an outlet's name as a word (not initials) needs a date before it, or inside
        // the brackets after it ("Metro Manila (CNN Philippines, March 14) -"), as wire copy dates a credit either way; or a
        // place of one word before it ("Washington (Reuters) -", "Washington (dpa) -"), as no other bracket after one word is.
        var oneWord = s.AsSpan(0, open).Trim().IndexOf(' ') < 0;
        return titleCase && (IsAcronym(s.AsSpan(from, to - from)) || LowerCaseInitials(s.AsSpan(from, to - from))
            || (dated || oneWord || s.AsSpan(0, open).IndexOfAnyInRange('0', '9') >= 0) && IsCreditName(s.AsSpan(from, to - from)))
            ? new TextSpan(from, to) : null;
    }

    // An agency's initials that it writes in lower case: "dpa" (two to four letters).
    private static bool LowerCaseInitials(ReadOnlySpan<char> name) => name.Length is >= 2 and <= 4 && !name.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz");

    // One to three capitalised words of letters (and "-", "&"): "Lusa", "Capital FM", "Africa-Press". A word may hold digits
    // among its capitals, as broadcasters' and web outlets' short names do ("V7N", "K24", "TV5"); a word of digits alone, or
    // digits beside lower-case letters or a hyphen, is a date, a number or a code ("(Sept 13)", "(COVID-19)"), no name.
    private static bool IsCreditName(ReadOnlySpan<char> name)
    {
        var words = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty) continue;
            if (++words > 3 || !char.IsUpper(word[0])) return false;
            var digits = false;
            foreach (var c in word)
                if (char.IsAsciiDigit(c)) digits = true;
                else if (!char.IsLetter(c) && c is not ('-' or '&')) return false;
            if (digits && (word.ContainsAnyInRange('a', 'z') || word.Contains('-'))) return false;
        }
        return words > 0;
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
