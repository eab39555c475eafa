namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A surname alone that the gazetteer knows as one person's ("Yoon", "Healey", "Choe") but that stands, in this passage, for another
/// person of that surname the passage itself named before ("Yoon Sang-hyun, a lawmaker, …", then "Yoon said"; "Massachusetts Gov.
/// Maura Healey …", then "Healey said"): copy names a person in full once and by surname after, so the passage's own bearer is
/// the one meant, not a namesake the story never mentions. A passage that named no one of that surname, or named the
/// gazetteer's person after the other one, keeps the gazetteer's reading; so does a title the passage's bearer was not given
/// ("President Yoon" after a lawmaker Yoon).
/// </summary>
internal static class PassageSurnames
{
    /// <summary>Whether the gazetteer's match s[from..to) is a lone surname that the passage's people give to someone else.</summary>
    public static bool NamesOther(string s, int from, int to, GazetteerEntry entry, DocumentPeople? people, IReadOnlyList<PhraseMatch> titleHits)
    {
        if (people is not { HasPeople: true } || entry.Kind != SourceKind.Official) return false;
        var surname = s.AsSpan(from, to - from);
        if (surname.Contains(' ') || !people.TryGet(surname, out var named) || named.Name == entry.Name
            || SourceGazetteer.Spelling(named.Name) == SourceGazetteer.Spelling(entry.Name)) return false;
        // The gazetteer's person named in full after the passage's other bearer is the one the surname stands for now.
        if (people.LastBearer(surname) is { } last && SourceGazetteer.Spelling(last) == SourceGazetteer.Spelling(entry.Name)) return false;
        foreach (var t in titleHits)
            if (t.Span.End <= from && SourceText.IsWhiteSpace(s, t.Span.End, from) && t.Span.End > from - 3)
                return named.RoleNoun is { } noun && SourceNouns.Singular(SourceText.Normalize(s[t.Span.Start..t.Span.End]).ToLowerInvariant().Split(' ')[^1]) == noun;
        return true;
    }

    /// <summary>
    /// Whether the gazetteer's lone family name s[from..to) of a person whose country names the family first ("Yoon", "Choe") opens
    /// another person's full name: given names follow it, one hyphenated ("Yoon Sang-hyun") or two capitalised ("Choe Ryong Hae"),
    /// that are not the gazetteer's person's own in another spelling ("Choe Son-hui").
    /// </summary>
    public static bool OpensOtherName(string s, int from, int to, GazetteerEntry entry, bool familyFirst)
    {
        if (!familyFirst || entry.Kind != SourceKind.Official || s.AsSpan(from, to - from).Contains(' ')) return false;
        var end = GivenName(s, to);
        if (end < 0) return false;
        // One hyphenated given name whose second part is in lower case ("Sang-hyun"), else two unhyphenated ("Ryong Hae").
        var hyphen = s.AsSpan(to + 1, end - to - 1).IndexOf('-');
        if (hyphen < 0)
        {
            end = GivenName(s, end);
            if (end < 0 || s.AsSpan(to + 1, end - to - 1).Contains('-')) return false;
        }
        else if (!char.IsLower(s[to + 2 + hyphen])) return false;
        return SourceGazetteer.Spelling(s[from..end]) != SourceGazetteer.Spelling(entry.Name);
    }

    // Where a capitalised word of letters and hyphens after a space at `at` ends ("Sang-hyun", "Ryong"); -1 when none stands there.
    private static int GivenName(string s, int at)
    {
        if (at + 2 >= s.Length || s[at] != ' ' || !char.IsUpper(s[at + 1])) return -1;
        var e = at + 2;
        while (e < s.Length && (char.IsLower(s[e]) || s[e] == '-' && e + 1 < s.Length && char.IsLetter(s[e + 1]))) e++;
        return e - at - 1 >= 2 && (e == s.Length || !char.IsLetter(s[e])) ? e : -1;
    }

    /// <summary>
    /// The people a sentence describes in an apposition ("Yoon Jae-hwan, a member of the defence committee, met reporters"; "Ana
    /// Ruiz, the mayor, …"), learnt by <paramref name="people"/> whether or not the sentence cites them: two or three capitalised name
    /// words before a comma and "a", "an" or "the" and a word in lower case. Not a longer capitalised run, a run after a place
    /// word ("in Gorky Park, the …", "through Gorky Park, the …"), a run opened by a word that opens no name ("The", "Monday")
    /// or closed by a body's word ("Party", "Ministry"), a country's name, or a name the gazetteer knows in more than one word
    /// (its person is known).
    /// </summary>
    public static void LearnApposed(string s, int start, DocumentPeople people, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        IReadOnlyList<CountryMention> countries, WordSet notNameStarts,
        WordSet bodyWords, WordSet placeWords)
    {
        for (var comma = s.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = s.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            if (!ApposedAfter(s, comma)) continue;
            var from = comma;
            var words = 0;
            while (words < 4 && NameWordBefore(s, from) is >= 0 and var w)
            {
                from = w;
                words++;
                if (from < 2 || s[from - 1] != ' ') break;
            }
            if (words is not (2 or 3) || NameWordBefore(s, from) >= 0) continue;
            var run = s.AsSpan(from, comma - from);
            if (notNameStarts.Contains(run[..run.IndexOf(' ')]) || bodyWords.Contains(run[(run.LastIndexOf(' ') + 1)..])) continue;
            if (from >= 2 && SourceText.TryWordBefore(s, from, 0, out var before, out _) && placeWords.Contains(before)) continue;
            var (a, b) = (start + from, start + comma);
            var known = false;
            foreach (var c in countries)
                if (c.Span.Start < b && a < c.Span.End) known = true;
            foreach (var (span, _) in gazetteerMatches)
                if (span.Start < b && a < span.End && s.AsSpan(span.Start - start, span.Length).Contains(' ')) known = true;
            // A person the sentence (or one before) cited or titled keeps the name as the document knows it.
            if (known || people.TryGet(run[(run.LastIndexOf(' ') + 1)..], out _)) continue;
            people.LearnApposed(new SourceRef(new TextSpan(a, b), SourceText.Normalize(run.ToString()), SourceKind.Official, null, CitationRole.Mentioned, null, IsPerson: true));
        }
    }

    // Where the capitalised name word that ends right before `end` (after a space, or opening the text) starts; -1 when none does.
    private static int NameWordBefore(string s, int end)
    {
        if (end > 0 && s[end - 1] == ' ') end--;
        var b = end;
        while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] == '-')) b--;
        return b < end - 1 && char.IsUpper(s[b]) && (b == 0 || s[b - 1] == ' ') ? b : -1;
    }

    /// <summary>Whether an apposition that describes the name ending at `end` follows it: a comma, then "a", "an" or "the" and a
    /// word in lower case ("Yoon Jae-hwan, a member of the committee, …"; "Ana Ruiz, the mayor, …").</summary>
    private static bool ApposedAfter(string s, int end)
    {
        if (end + 4 >= s.Length || s[end] != ',' || s[end + 1] != ' ') return false;
        var rest = s.AsSpan(end + 2);
        var article = rest.StartsWith("a ") ? 2 : rest.StartsWith("an ") ? 3 : rest.StartsWith("the ") ? 4 : 0;
        return article > 0 && rest.Length > article && char.IsLower(rest[article]);
    }
}
