namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// An organisation's unnamed voices, when they are cited: "A NATO official said", "Pentagon officials said" (a group of
/// the organisation); "a UN spokesman said", "the UN peacekeeping mission said" (the organisation itself). Not
/// "Ukrainian intelligence officials", a country's group (<see cref="GroupFinder"/>). Candidates of priority 1.
/// A state body's group is named by its country and trade, as unnamed officials are: "Pentagon officials" are "U.S.
/// defense officials", "CIA officials" "U.S. intelligence officials", "Kremlin officials" "Russian officials".
/// </summary>
internal sealed class OrganisationVoices
{
    private readonly WordSet qualifiedWords, spokespersonWords, organisationUnitWords, unitModifierWords, locatedLinkWords,
        officeWords, officeLinkWords;
    private readonly Countries countryWords;
    // The names of a defence ministry (ministry_defense): a military body named so is the country's defense trade.
    private readonly string[] defenseMinistryNames;
    // Of the entries asked about, which are a defence ministry (IsDefenseMinistry), by the entry itself (records compare by value).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<GazetteerEntry, bool> defenseMinistries = new(ReferenceEqualityComparer.Instance);

    public OrganisationVoices(Lexicon lexicon, Countries countryWords)
    {
        this.countryWords = countryWords;
        defenseMinistryNames = lexicon.Words("ministry_defense").ToArray();
        WordSet Words(string list) => lexicon.WordLookup(list, StringComparer.Ordinal);
        qualifiedWords = Words("qualified_speakers");
        spokespersonWords = Words("spokesperson_nouns");
        organisationUnitWords = Words("organisation_units");
        unitModifierWords = Words("unit_modifiers");
        locatedLinkWords = Words("located_group_links");
        officeWords = Words("organisation_offices");
        officeLinkWords = Words("office_links");
    }

    public void Add(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<CountryName> countries,
        List<SourceCandidate> candidates)
    {
        for (var g = 0; g < gazetteerMatches.Count; g++)
            // A country's word starting the name reads as the country's group ("Ukrainian intelligence officials"), but a unit
            // is the organisation's whatever its name ("the NATO mission"), and a defence ministry's officials are the country's
            // defense officials however it is named ("a U.S. Defense Department official", as "Pentagon officials"; nk6, usk).
            if (gazetteerMatches[g] is var (span, entry) && entry.Kind is not (SourceKind.Official or SourceKind.Outlet)
                && SkipWhiteSpace(s, span.End - start) is var h && h > span.End - start && WordEnd(s, h) is var e && e > h
                && UnitAt(s, ref h, ref e) is var unit && (unit || !SentenceCountries.StartsAt(countries, span.Start - start) || IsDefenseMinistry(entry))
                && (unit || qualifiedWords.Contains(s.AsSpan(h, e - h)) || spokespersonWords.Contains(s.AsSpan(h, e - h))))
            {
                var spokesperson = unit || spokespersonWords.Contains(s.AsSpan(h, e - h));
                var plural = SourceNouns.Plural(s[h..e]);
                if (spokesperson) e = PlaceAfter(s, e);
                candidates.Add(new(1, new SourceRef(new TextSpan(span.Start, start + e), spokesperson ? entry.Name : GroupName(entry, plural), entry.Kind, entry.Country,
                    CitationRole.Mentioned, spokesperson ? SourceNouns.RoleNounOf(entry) : SourceNouns.Singular(plural), IsGroup: !spokesperson)) { CitedOnly = true });
            }
            else if (gazetteerMatches[g] is var (oSpan, oEntry) && oEntry is { Country: null, Kind: not (SourceKind.Official or SourceKind.Outlet) }
                && Definite(s, oSpan.Start - start, oSpan.End - start) && OfficeEnd(s, oSpan.End - start) is var officeEnd and > 0)
                candidates.Add(new(1, new SourceRef(new TextSpan(oSpan.Start, start + officeEnd), oEntry.Name, oEntry.Kind, null, CitationRole.Mentioned,
                    SourceNouns.RoleNounOf(oEntry))) { CitedOnly = true });
    }

    // "the UN envoy", "NATO's commander": one office; "a NATO commander" is one of the body's people (a group voice).
    private static bool Definite(string s, int start, int end)
    {
        if (end + 1 < s.Length && s[end] is '\'' or '’' && s[end + 1] == 's') return true;
        var b = start;
        while (b > 0 && s[b - 1] == ' ') b--;
        return b >= 3 && s.AsSpan(b - 3, 3) is "the" or "The" && (b == 3 || !char.IsLetter(s[b - 4]));
    }

    // "the UN envoy to Lebanon told …", "NATO's top commander said", "the UN peacekeeping chief said": an office of an
    // international body named without its holder is the body (as its spokesperson is): the end of the office (with the
    // place it is of or to), or -1. At most three lower-case words, the last an organisation_offices word ("secretary
    // general": its last two); not when its holder's name follows ("UN envoy Geir Pedersen", "the AU chairman, Moussa
    // Faki"), whom the person finders cite.
    private int OfficeEnd(string s, int end)
    {
        var p = end;
        if (p + 1 < s.Length && s[p] is '\'' or '’' && s[p + 1] == 's') p += 2;
        var office = -1;
        for (var words = 0; words < 4; words++)
        {
            var h = SkipWhiteSpace(s, p);
            if (h == p || h >= s.Length || !char.IsLower(s[h])) break;
            var e = WordEnd(s, h);
            // "secretary-general": an office written with a hyphen is one word.
            while (e + 1 < s.Length && s[e] == '-' && char.IsLower(s[e + 1])) e = WordEnd(s, e + 1);
            if (officeWords.Contains(s.AsSpan(h, e - h))) office = e;
            else if (office > 0) break;
            p = e;
        }
        if (office < 0) return -1;
        var next = SkipWhiteSpace(s, office);
        if (next < s.Length && (char.IsUpper(s[next]) || s[next] == ',' && SkipWhiteSpace(s, next + 1) is var n && n < s.Length && char.IsUpper(s[n]))) return -1;
        // "the UN envoy to Lebanon", "NATO's commander in Kosovo": the place is part of the office.
        if (next > office && WordEnd(s, next) is var le && (officeLinkWords.Contains(s.AsSpan(next, le - next)) || locatedLinkWords.Contains(s.AsSpan(next, le - next))))
        {
            var after = office;
            // "the UN's envoy to the Dominican Republic said": a place named with its article.
            var placeStart = SkipWhiteSpace(s, le);
            if (WordEnd(s, placeStart) is var article && s.AsSpan(placeStart, article - placeStart) is "the" && SkipWhiteSpace(s, article) is var named
                && named > article && named < s.Length && char.IsUpper(s[named])) placeStart = named;
            for (int q = placeStart, words = 0; q > after && q < s.Length && char.IsUpper(s[q]) && words < 4; q = SkipWhiteSpace(s, after), words++)
            {
                after = WordEnd(s, q);
                // "the Democratic Republic of Congo", "the Republic of the Congo": "of" (and "the") inside the place's name.
                if (SkipWhiteSpace(s, after) is var of && WordEnd(s, of) is var ofEnd && s.AsSpan(of, ofEnd - of) is "of" && SkipWhiteSpace(s, ofEnd) is var inner && inner > ofEnd)
                {
                    if (WordEnd(s, inner) is var theEnd && s.AsSpan(inner, theEnd - inner) is "the" && SkipWhiteSpace(s, theEnd) is var past && past > theEnd) inner = past;
                    if (inner < s.Length && char.IsUpper(s[inner])) after = inner - 1;
                }
            }
            if (after > office) return after;
        }
        return office;
    }

    // "Pentagon officials": "U.S. defense officials"; "NATO officials", a body of no country's, keep its name.
    private string GroupName(GazetteerEntry entry, string plural)
    {
        if (entry.Country is not { } country) return $"{entry.Name} {plural}";
        var trade = entry.Kind switch
        {
            SourceKind.Intelligence => "intelligence ",
            SourceKind.Military => IsDefenseMinistry(entry) ? "defense " : "military ",
            SourceKind.Government => "",
            _ => null,
        };
        return trade is null ? $"{entry.Name} {plural}" : $"{countryWords.Adjective(country)} {trade}{plural}";
    }

    // Whether a body is named as a defence ministry by any of its surfaces: read once per entry (every match of a state body
    // with a country before it compared each surface with each name).
    private bool IsDefenseMinistry(GazetteerEntry entry)
    {
        if (defenseMinistries.TryGetValue(entry, out var known)) return known;
        return defenseMinistries[entry] = entry.Surfaces.Any(IsDefenseMinistry);
    }

    private bool IsDefenseMinistry(string surface)
    {
        foreach (var name in defenseMinistryNames)
            if (surface.EndsWith(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "the NATO mission in Kosovo said", "a UN spokesman in Geneva": the place a unit or a spokesperson sits in is part of
    // its name (a located_group_links word, then capitalised words), so the voice ends where its verb starts and the place
    // is not read as a speaker. Returns e when no place follows.
    private int PlaceAfter(string s, int e)
    {
        if (SkipWhiteSpace(s, e) is var l && l == e || WordEnd(s, l) is var le && !locatedLinkWords.Contains(s.AsSpan(l, le - l))) return e;
        var end = e;
        for (int p = SkipWhiteSpace(s, le), words = 0; p > end && p < s.Length && char.IsUpper(s[p]) && words < 4; p = SkipWhiteSpace(s, end), words++)
            end = WordEnd(s, p);
        return end;
    }

    // "mission", "peacekeeping mission" at h..e (moved to the unit's noun): a unit that speaks for its organisation
    // (organisation_units, after at most one unit_modifiers word). Leaves h..e alone when there is none.
    private bool UnitAt(string s, ref int h, ref int e)
    {
        if (organisationUnitWords.Contains(s.AsSpan(h, e - h))) return true;
        if (!unitModifierWords.Contains(s.AsSpan(h, e - h)) || SkipWhiteSpace(s, e) is var h2 && h2 == e || WordEnd(s, h2) is var e2 && e2 == h2
            || !organisationUnitWords.Contains(s.AsSpan(h2, e2 - h2))) return false;
        (h, e) = (h2, e2);
        return true;
    }
}
