namespace Analysis.Extraction;

/// <summary>
/// Where the dateline a paragraph opens with ends: "Wellington (RNZ Pacific) - ", "DARWIN, NT, Australia - ", "KYIV (AFP) - ",
/// "CAMP H.M. SMITH, Hawaii -- ", "Addis Abeba - ". The place is where the story was filed, and a country it names (by name or
/// capital) is no actor of the story: "Wellington (RNZ Pacific) - About 9,000 Marines stationed in Japan" counts no New
/// Zealand troops (DevSet.Reporting.json's header: a dateline never owns).
/// Not one parse with <see cref="Datelines.Outlet"/> and <see cref="DatelinePlaces.Country"/>: the three accept other shapes, and
/// one reading would change the tables. Only this one reads a title-case place with no credit or a word-named credit after it
/// ("Kigali - ", "Islamabad, May 13 -- ", "Wellington (RNZ Pacific) - ": no outlet, no dateline country there); only the
/// country reads a colon or a credit with no dash ("ISLAMABAD: The military said", "NEW DELHI, Oct 7 (PTI) India's …"); only
/// the outlet reads a credit that opens the text or stands between slashes ("(AP) - Tennessee …", "MOSCOW, June 5. /TASS/.").
/// </summary>
internal static class DatelineHeads
{
    // How far into a paragraph a dateline's dash may stand.
    private const int Reach = 70;

    /// <summary>The length of the dateline text s opens with, dash included; 0 when it opens with none.</summary>
    public static int Length(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsUpper(s[0])) return 0;
        var dash = -1;
        for (var i = 1; i < Math.Min(s.Length - 1, Reach); i++)
            if (s[i] is '-' or '—' or '–' && char.IsWhiteSpace(s[i - 1]) && (s[i + 1] is '-' || char.IsWhiteSpace(s[i + 1])))
            {
                dash = i;
                break;
            }
        if (dash < 0) return 0;
        var head = s[..dash].TrimEnd();
        // Every word of the place (and of a credit in brackets) opens in capitals or a digit: no clause comes before the dash.
        var (words, capitals, bracket) = (0, false, false);
        foreach (var range in head.SplitAny(' ', ','))
        {
            var word = head[range];
            if (word.IsEmpty) continue;
            words++;
            if (word[0] == '(') { bracket = true; word = word[1..]; }
            if (word.IsEmpty || !(char.IsUpper(word[0]) || char.IsDigit(word[0]))) return 0;
            if (word.Length >= 3 && !word.ContainsAnyInRange('a', 'z')) capitals = true;
        }
        // A place in title case alone ("Addis Abeba - "): at most three words.
        if (!capitals && !bracket && words > 3) return 0;
        var end = dash;
        while (end < s.Length && s[end] is '-' or '—' or '–') end++;
        return end;
    }
}
