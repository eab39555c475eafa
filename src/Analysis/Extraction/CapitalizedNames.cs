namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Runs of capitalised words that may name a source no list knows ("Korea Institute for Defense Analyses", "Lee Jae
/// Myung"): another spelling of a gazetteer name ("Lee Jae Myung" for "Lee Jae-myung"), a paper ("the Defense Post",
/// by outlet_name_ends), a person (at most three words, no "of", "for", "the") or something else. Candidates of
/// priority 4: an unknown name is a source only where the text cites it.
/// </summary>
internal sealed class CapitalizedNames
{
    private readonly SourceGazetteer gazetteer;
    private readonly Countries countryWords;
    // The lower-case words a run of capitalised words may hold between them: "Institute for the Study of War".
    private readonly string[] nameConnectors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> notNameWords;
    // "Post", "Times": the last word of a newspaper's name.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> outletNameEnds;

    public CapitalizedNames(Lexicon lexicon, SourceGazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        countryWords = Countries.For(lexicon);
        nameConnectors = lexicon.Words("name_connectors").ToArray();
        // A live blog's time zone opens no name ("21:40 IST Reports say"), as "The" does not.
        notNameWords = lexicon.Words("not_name_starts").Concat(lexicon.Words("time_zones")).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        outletNameEnds = lexicon.WordLookup("outlet_name_ends", StringComparer.Ordinal);
        afterConnectorBreaks = lexicon.Words("calendar_names").Concat(lexicon.Words("posting_platforms")).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // A date or a platform after a connector ends the name before it: "Radio Okapi on Thursday", "Belaruski Hajun on Telegram".
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> afterConnectorBreaks;

    public void Add(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<SourceCandidate> candidates)
    {
        for (var (runStart, runEnd) = CapitalizedRun(s, 0); runStart >= 0; (runStart, runEnd) = CapitalizedRun(s, runEnd))
        {
            var at = runStart;
            var run = s.AsSpan(runStart, runEnd - runStart);
            // "The Korea Institute for Defense Analyses": the opener is not part of the name.
            while (FirstWord(run) is var first && notNameWords.Contains(first) && run.Length > first.Length + 1)
            {
                at += first.Length + 1;
                run = run[(first.Length + 1)..].TrimStart();
            }
            // Most runs are not names ("The Army", "In March"), and a name the gazetteer matched has its entry's reading
            // (an unknown reading would make it unknown): no string is made for them.
            if (notNameWords.Contains(FirstWord(run)) || !run.Contains(' ')) continue;
            var span = new TextSpan(start + at, start + at + run.Length);
            if (SourceFinder.IsMatched(gazetteerMatches, span)) continue;
            var value = run.ToString();
            // One resolution per run: a known spelling gives its entry's reading, an outlet's name or not.
            if (gazetteer.TryResolveSpelling(value, out var known))
            {
                candidates.Add(new(4, new SourceRef(span, known.Name, known.Kind, known.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(known), IsPerson: known.Kind == SourceKind.Official, AlwaysCited: known.IsAlwaysCited)));
                continue;
            }
            // "the Northern Command of the United States" (translated copy): the country's body the gazetteer knows, "U.S. Northern Command".
            if (OfCountry(value) is { } owned)
            {
                candidates.Add(new(4, new SourceRef(span, owned.Name, owned.Kind, owned.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(owned), AlwaysCited: owned.IsAlwaysCited)));
                continue;
            }
            // "the Defense Post reported": a paper no list knows, named with its "the".
            if (outletNameEnds.Contains(value.AsSpan(value.LastIndexOf(' ') + 1)))
            {
                var the = TryWordBefore(s, at, 0, out var before, out _) && before is "the" or "The";
                candidates.Add(new(4, new SourceRef(span, (the ? "The " : "") + Normalize(value), SourceKind.Outlet, null, CitationRole.Mentioned, null)));
                continue;
            }
            // At most three words between single spaces (what Split(' ') would count).
            var person = !value.Contains(" of ") && !value.Contains(" for ") && !value.Contains(" the ") && value.AsSpan().Count(' ') < 3;
            candidates.Add(new(4, new SourceRef(span, Normalize(value), person ? SourceKind.Official : SourceKind.Other, null, CitationRole.Mentioned, null, IsPerson: person)));
        }
    }

    // "Northern Command of the United States": the gazetteer's entry for "<adjective> <name>" when the run ends in "of (the)"
    // and a country's name, or null.
    private GazetteerEntry? OfCountry(string value)
    {
        var of = value.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0) return null;
        var tail = of + 4;
        if (string.CompareOrdinal(value, tail, "the ", 0, 4) == 0) tail += 4;
        var named = countryWords.Find(value, tail, value.Length);
        if (named.Count != 1 || named[0].Span.Start != tail || named[0].Span.End != value.Length) return null;
        var country = named[0].Country.Name;
        return gazetteer.TryResolveSpelling($"{countryWords.Adjective(country)} {value[..of]}", out var entry) && entry.Country == country ? entry : null;
    }

    // The text before the first space, as Split(' ')[0] gives it.
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s) => s.IndexOf(' ') is var i and >= 0 ? s[..i] : s;

    // The next run of capitalised words at or after `from`: a capitalised word not glued to a word, an apostrophe or a
    // hyphen before it, then one to five more, each after white space and any name_connectors. (-1, -1) when there is none.
    private (int Start, int End) CapitalizedRun(string s, int from)
    {
        for (var p = from; p < s.Length; p++)
        {
            var next = s.AsSpan(p).IndexOfAnyInRange('A', 'Z');
            if (next < 0) break;
            p += next;
            if (p > 0 && (CueIndex.IsWordCharacter(s[p - 1]) || s[p - 1] is '\'' or '’' or '-')) continue;
            var e = CapitalizedWord(s, p);
            if (e < 0) continue;
            var words = 1;
            while (words <= 5 && FollowingWord(s, e) is var f and >= 0)
            {
                e = f;
                words++;
            }
            if (words > 1) return (p, e);
            // A word alone: its other capitals ("NATO", "McCain", "Al-Hassan") follow a letter, a hyphen or an apostrophe.
            p = e - 1;
        }
        return (-1, -1);
    }

    // The end of the capitalised word after white space and any connectors from `at`, or -1.
    private int FollowingWord(string s, int at)
    {
        var p = SkipWhiteSpace(s, at);
        if (p == at) return -1;
        var joined = false;
        while (AfterConnector(s, p) is var q and >= 0) (p, joined) = (q, true);
        var e = CapitalizedWord(s, p);
        return joined && e > p && afterConnectorBreaks.Contains(s.AsSpan(p, e - p)) ? -1 : e;
    }

    // Where the white space after a connector at `at` ends, or -1 when none is there.
    private int AfterConnector(string s, int at)
    {
        foreach (var connector in nameConnectors)
            if (at + connector.Length < s.Length && string.CompareOrdinal(s, at, connector, 0, connector.Length) == 0 && char.IsWhiteSpace(s[at + connector.Length]))
                return SkipWhiteSpace(s, at + connector.Length);
        return -1;
    }

    // The end of a capitalised word at `at` ("Kim", "Seong-kweun", "O'Neil", "Al-Hassan"), or -1: a capital, one or more
    // letters, then maybe a hyphen or an apostrophe before another capitalised word, or a hyphen before lower-case letters.
    private static int CapitalizedWord(string s, int at)
    {
        if (at >= s.Length || !char.IsAsciiLetterUpper(s[at])) return -1;
        var e = at + 1;
        while (e < s.Length && char.IsAsciiLetter(s[e])) e++;
        if (e == at + 1) return -1;
        if (e + 2 < s.Length && s[e] is '-' or '\'' or '’' && char.IsAsciiLetterUpper(s[e + 1]) && char.IsAsciiLetter(s[e + 2]))
        {
            var f = e + 2;
            while (f < s.Length && char.IsAsciiLetter(s[f])) f++;
            return f;
        }
        if (e + 1 < s.Length && s[e] == '-' && char.IsAsciiLetterLower(s[e + 1]))
        {
            var f = e + 1;
            while (f < s.Length && char.IsAsciiLetterLower(s[f])) f++;
            return f;
        }
        return e;
    }
}
