namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Ministries of a country the lexicon knows: "Romania's Defense Ministry", "the Polish defence ministry", "the Ministry
/// of Defence in London", named "&lt;country's adjective&gt; &lt;canonical name&gt;" ("British Defense Ministry"). The
/// ministry_* lists ("ministry_defense": "Defense Ministry", "Ministry of Defence", …) are named by their first phrase,
/// unless the gazetteer knows that country's ministry by a name of its own ("the US defence department": the Pentagon).
/// Candidates of priority 2.
/// </summary>
internal sealed class MinistryFinder
{
    // The list of health ministries' names (see Named).
    private const string HealthList = "ministry_health";
    private readonly Countries countryWords;
    private readonly SourceGazetteer gazetteer;
    private readonly PhraseMatcher ministries;
    private readonly Dictionary<string, string> ministryNames;
    // Where the ministry matcher can first find a name (see FirstWords).
    private readonly FirstWords ministryStarts;

    public MinistryFinder(Lexicon lexicon, Countries countryWords, SourceGazetteer gazetteer)
    {
        this.countryWords = countryWords;
        this.gazetteer = gazetteer;
        Lists = lexicon.WordListNames.Where(n => n.StartsWith("ministry_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        ministries = PhraseMatcher.Of(lexicon, Lists, ignoreCase: false);
        ministryNames = Lists.ToDictionary(n => n, n => lexicon.Words(n)[0], StringComparer.Ordinal);
        ministryStarts = new FirstWords(Lists.SelectMany(lexicon.Words), ignoreCase: false);
    }

    /// <summary>The names of the ministry lists: their words are cue words too.</summary>
    public string[] Lists { get; }

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        if (ministryStarts.In(s, 0, s.Length) is not (>= 0 and var first)) return;
        var hits = ministries.Find(s, first, s.Length);
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Span.Start > 0 && IsWord(s[hit.Span.Start - 1]) || hit.Span.End < s.Length && IsWord(s[hit.Span.End])) continue;
            var (from, to) = (hit.Span.Start, hit.Span.End);
            string? country = null;
            if (SentenceCountries.AdjectiveBefore(countries, s, hit.Span.Start, 0) is { Country: { } before } adjective)
                (country, from) = (before, adjective.Span.Start);
            // "the UK Ministry of Defence", "the US Defense Department": a country's initials stand before its ministry as
            // an adjective does ("UK said" keeps them a name elsewhere).
            else if (InitialsBefore(countries, s, hit.Span.Start) is { Country: { } initials } acronym)
                (country, from) = (initials, acronym.Span.Start);
            else if (SkipWhiteSpace(s, hit.Span.End) is var p && WordEnd(s, p) is var e && s[p..e] is "in" or "of"
                && PlaceAt(countries, s, e) is { Country: { } after } place)
                (country, to) = (after, place.Span.End);
            // "Ministry of Defence, The Hague - press statement": a release's first line names its seat after a comma, before a dash.
            else if (from == 0 && SkipWhiteSpace(s, hit.Span.End) is var c && c < s.Length && s[c] == ','
                && PlaceAt(countries, s, c + 1) is { Country: { } seat } seated
                && SkipWhiteSpace(s, seated.Span.End) is var d && d < s.Length && s[d] is '-' or '–' or '—')
                country = seat;
            // "The Ministry of Defence said", "the Department of Defense": a ministry the sentence names by its full name without its
            // country is the document's (BareBodies gives it its country); only as a voice, and only after "the" ("its Ministry of
            // Defence" is another owner's). "the defence ministry" stays a description, which takes up a ministry named before.
            // Not a health ministry, whose country no other country stands in for (see Named).
            if (country is null)
            {
                if (hit.Label != HealthList && TryWordBefore(s, from, 0, out var the, out _) && the is "the" or "The" && WordEnd(s, from) is var w
                    && s.AsSpan(from, w - from) is "Ministry" or "ministry" or "Department" or "department")
                    candidates.Add(new(2, new SourceRef(new TextSpan(start + from, start + to), Normalize(s[from..to]), KindOf(ministryNames[hit.Label]),
                        null, CitationRole.Mentioned, null)) { SpeakerOnly = true });
                continue;
            }
            candidates.Add(new(2, Ministry(new TextSpan(start + from, start + to), hit.Label, country)));
        }
    }

    // The country named by name or capital (no demonym) that starts at the first word after text[at], or null.
    private static CountryName? PlaceAt(List<CountryName> countries, string s, int at) =>
        countries.FirstOrDefault(c => c.Span.Start == SkipWhiteSpace(s, at) && c.Country is not null && !c.IsDemonym);

    private static CountryName? InitialsBefore(List<CountryName> countries, string s, int at)
    {
        foreach (var c in countries)
            if (c is { Country: not null, Possessive: false } && c.Span.End < at && IsWhiteSpace(s, c.Span.End, at)
                && IsAcronym(s.AsSpan(c.Span.Start, c.Span.Length).Trim('.').ToString().Replace(".", "", StringComparison.Ordinal)))
                return c;
        return null;
    }

    /// <summary>The country's ministry that `what` names in full ("interior ministry"), or null. Never a health ministry: one named
    /// without its country counts the dead of a raid or clash, as often the other side's as the sentence's country's ("Israeli
    /// troops killed 30 people, the Ministry of Health said" is Gaza's), so only its own country names it.</summary>
    public SourceRef? Named(string what, string country) =>
        ministries.Find(what, 0, what.Length) is [{ } ministry] && ministry.Span.Length == what.Length && ministry.Label != HealthList
            ? Ministry(default, ministry.Label, country) : null;

    /// <summary>The country's ministry whose minister the words name ("Russia's defence minister", "Minister of Defence Guido
    /// Crosetto": the defence ministry), read as the ministry's own name with "ministry" for "minister"; null for a minister of
    /// no ministry the lists know ("Prime Minister").</summary>
    public SourceRef? HeadedBy(string words, string country) => HeadedList(words) is { } list ? Ministry(default, list, country) : null;

    // The ministry list whose ministry the words' minister heads, or null.
    private string? HeadedList(string words)
    {
        for (var m = words.IndexOf("inister", StringComparison.Ordinal); m > 0; m = words.IndexOf("inister", m + 1, StringComparison.Ordinal))
        {
            var at = m - 1;
            if (words[at] is not ('m' or 'M') || at > 0 && IsWord(words[at - 1]) || m + 7 < words.Length && IsWord(words[m + 7])) continue;
            var asMinistry = string.Concat(words.AsSpan(0, m + 5), "ry", words.AsSpan(m + 7));
            foreach (var hit in ministries.Find(asMinistry, 0, asMinistry.Length))
                if (hit.Span.Start <= at && hit.Span.End >= m + 7
                    && !(hit.Span.Start > 0 && IsWord(asMinistry[hit.Span.Start - 1]) || hit.Span.End < asMinistry.Length && IsWord(asMinistry[hit.Span.End])))
                    return hit.Label;
        }
        return null;
    }

    /// <summary>Whether the words name a minister of a ministry the lists know, whoever's ("Foreign Minister Annalena Baerbock").</summary>
    public bool HeadsMinistry(string words) => HeadedList(words) is not null;

    // A defence ministry speaks for the military, any other for the government.
    private static SourceKind KindOf(string name) => name.StartsWith("Defen", StringComparison.OrdinalIgnoreCase) ? SourceKind.Military : SourceKind.Government;

    private SourceRef Ministry(TextSpan span, string list, string country)
    {
        var name = ministryNames[list];
        var kind = KindOf(name);
        var full = $"{countryWords.Adjective(country)} {name}";
        // "U.S. Defense Ministry" is the gazetteer's Pentagon: one body, one name.
        if (gazetteer.TryResolveSpelling(full, out var known) && known.Country == country) (full, kind) = (known.Name, known.Kind);
        return new SourceRef(span, full, kind, country, CitationRole.Mentioned, "ministry");
    }
}
