namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// An unnamed spokesperson of a country's body who talks to a named outlet ("a National Intelligence Service spokesperson told NK
/// News", "a U.S. Northern Command spokesperson told the New York Post", "a spokesman for the Rapid Support Forces told Anadolu
/// Agency") is named as that country's officials of the body's trade ("South Korean intelligence officials", "U.S. military
/// officials", "Sudanese military officials"), as the DevSet header settles, and so is one an outlet quotes ("Xinhua quoted a
/// spokesman for South Sudan's president as saying": South Sudanese officials); the body's own statement stays the body's, and so
/// does a spokesperson who only "said" (the body's voice: "a foreign ministry spokeswoman said"), or one named after the title.
/// </summary>
internal sealed class SpokespeopleToOutlets(Lexicon lexicon, Countries countryWords)
{
    private readonly WordSet spokespersonWords = lexicon.WordLookup("spokesperson_nouns", StringComparer.Ordinal);
    private readonly WordSet indefinite = lexicon.WordLookup("indefinite_voice_determiners", StringComparer.OrdinalIgnoreCase);
    private readonly string[] defenseNames = lexicon.Words("defense_body_words").ToArray();
    private readonly WordSet seniority = lexicon.WordLookup("spokesperson_modifiers", StringComparer.Ordinal);
    private readonly WordSet links = lexicon.WordLookup("spokesperson_links", StringComparer.Ordinal);
    private readonly WordSet articles = lexicon.WordLookup("articles", StringComparer.Ordinal);
    private readonly WordSet quotingVerbs = lexicon.WordLookup("quoting_verbs", StringComparer.Ordinal);

    /// <summary>Renames, in the sentence's accepted sources (sorted by start), each body an unnamed spokesperson speaks for to a
    /// named outlet the sentence has them tell.</summary>
    public void Rename(string s, int start, List<SourceRef> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            // Its role may be Mentioned: "a U.S. Northern Command spokesperson told …" cites the spokesperson, not the body's words.
            if (accepted[i] is not { IsPerson: false, IsGroup: false, IsPronoun: false, IsCredit: false, Country: { } country, Role: CitationRole.Speaker or CitationRole.Mentioned } body
                || body.Kind is not (SourceKind.Military or SourceKind.Intelligence or SourceKind.Government)) continue;
            var (from, to) = (body.Span.Start - start, body.Span.End - start);
            if (!ToldOutlet(accepted, i) && !QuotedByOutlet(s, start, accepted, i, from)) continue;
            if (!UnnamedSpokesperson(s, from, to)) continue;
            var name = string.Join(' ', new[] { countryWords.Adjective(country), Trade(body, defenseNames), "officials" }.Where(p => p is not null));
            accepted[i] = body with { Name = name, IsGroup = true, RoleNoun = "official", AlwaysCited = false, Role = CitationRole.Speaker };
        }
    }

    /// <summary>The trade word of a body's unnamed voices: "intelligence" for a service, "defense" for a defence ministry or the
    /// Pentagon (<paramref name="defenseNames"/>, defense_body_words), "military" for a force or command, else none ("French officials").</summary>
    public static string? Trade(SourceRef body, string[] defenseNames) =>
        body.Kind == SourceKind.Intelligence ? "intelligence"
        : defenseNames.Any(d => body.Name.Contains(d, StringComparison.OrdinalIgnoreCase)) ? "defense"
        : body.Kind == SourceKind.Military ? "military" : null;

    // "Xinhua quoted a spokesman for South Sudan's president as saying": a named outlet right before a quoting verb (quoting_verbs)
    // that takes the spokesperson, who speaks to it as one who "told Xinhua" does. Only the words of the spokesperson's phrase
    // between the verb and the body (no comma nor stop).
    private bool QuotedByOutlet(string s, int start, List<SourceRef> accepted, int body, int from)
    {
        for (var j = body - 1; j >= 0; j--)
            if (accepted[j] is { Kind: SourceKind.Outlet or SourceKind.StateMedia, IsGroup: false, IsCredit: false } outlet)
            {
                var at = SkipWhiteSpace(s, outlet.Span.End - start);
                var end = WordEnd(s, at);
                return end > at && quotingVerbs.Contains(s.AsSpan(at, end - at)) && s.AsSpan(end, Math.Max(0, from - end)).IndexOfAny(',', '.') < 0;
            }
        return false;
    }

    // A named outlet after the body that the sentence has it tell ("told NK News").
    private static bool ToldOutlet(List<SourceRef> accepted, int body)
    {
        for (var j = body + 1; j < accepted.Count; j++)
            if (accepted[j] is { Role: CitationRole.Audience, Kind: SourceKind.Outlet or SourceKind.StateMedia, IsGroup: false, IsCredit: false }) return true;
        return false;
    }

    // "a NIS spokesperson" (the body, then the spokesperson noun, with "a" or "an" before the body) or "a spokesman for the RSF" / "a
    // spokesperson of U.S. Northern Command" (the spokesperson noun and "for"/"of" before it: spokesperson_links, with an optional
    // article); with no name right after the noun. A rank word before the body ("a senior NIS spokesperson": spokesperson_modifiers)
    // names no one.
    private bool UnnamedSpokesperson(string s, int from, int to)
    {
        // A reading that holds the spokesperson ("Pentagon spokesman", "spokesman for the Rapid Support Forces"): its own words.
        var firstEnd = WordEnd(s, from);
        if (spokespersonWords.Contains(s.AsSpan(from, firstEnd - from)))
            return Indefinite(s, from) && !(to < s.Length && s[to] == ',' && NamedAfter(s, to + 1));
        var last = to;
        while (last > from && IsWord(s[last - 1])) last--;
        if (last > from && last < to && spokespersonWords.Contains(s.AsSpan(last, to - last)))
        {
            var at = from;
            if (TryWordBefore(s, at, 0, out var w0, out var ws0) && seniority.Contains(w0)) at = ws0;
            return Unnamed(s, at, to);
        }
        var after = SkipWhiteSpace(s, to);
        var afterEnd = WordEnd(s, after);
        if (after > to && spokespersonWords.Contains(s.AsSpan(after, afterEnd - after)))
        {
            var at = from;
            if (TryWordBefore(s, at, 0, out var w, out var ws) && seniority.Contains(w)) at = ws;
            return Unnamed(s, at, afterEnd);
        }
        var link = from;
        if (TryWordBefore(s, link, 0, out var the, out var theStart) && articles.Contains(the)) link = theStart;
        if (!TryWordBefore(s, link, 0, out var linkWord, out var linkStart) || !links.Contains(linkWord)) return false;
        if (!TryWordBefore(s, linkStart, 0, out var noun, out var nounStart) || !spokespersonWords.Contains(noun)) return false;
        return Indefinite(s, nounStart) && !(to < s.Length && s[to] == ',' && NamedAfter(s, to + 1));
    }

    // The indefinite voice before `at` with no name around it: "A Pentagon spokesperson, Maj. Dana Whitfield, told Reuters" and
    // "Lt. Col. Richard Hecht, an IDF spokesman, told Sky News" name the person, who keeps the body.
    private bool Unnamed(string s, int at, int end) => Indefinite(s, at) && !NamedBefore(s, at) && !NamedAfter(s, end);

    // A person's name (two capitalised words or more, no lower-case word before them: not a place, "from a center in Elwood,
    // a … spokesperson"), then a comma, right before the indefinite word before `at` ("…," Lt. Col. Richard Hecht, an IDF spokesman").
    private static bool NamedBefore(string s, int at)
    {
        var e = at;
        e = SkipWhiteSpaceBack(s, e);
        while (e > 0 && char.IsLetter(s[e - 1])) e--;
        e = SkipWhiteSpaceBack(s, e);
        if (e == 0 || s[e - 1] != ',') return false;
        e--;
        var words = 0;
        while (true)
        {
            var b = e;
            while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '.' or '-')) b--;
            if (b == e || !char.IsUpper(s[b])) return false;
            words++;
            e = b;
            while (e > 0 && s[e - 1] == ' ') e--;
            if (e == 0 || !char.IsLetter(s[e - 1])) return words >= 2;
        }
    }

    // Whether the word right before `at` is "a", "an" or "one" in either case ("A spokesman for …" opens a sentence).
    private bool Indefinite(string s, int at)
    {
        var e = at;
        e = SkipWhiteSpaceBack(s, e);
        if (e == at) return false;
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        return b < e && indefinite.Contains(s.AsSpan(b, e - b));
    }

    // A capitalised word right after `at` (past white space, and a comma of apposition): a name after the title ("spokesman
    // Col. …", "spokesperson, Maj. Dana Whitfield,").
    private static bool NamedAfter(string s, int at)
    {
        var n = SkipWhiteSpace(s, at);
        if (n < s.Length && s[n] == ',') n = SkipWhiteSpace(s, n + 1);
        return n > at && n < s.Length && char.IsUpper(s[n]);
    }
}
