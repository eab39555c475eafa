namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Ministries of a country the lexicon knows: "Romania's Defense Ministry", "the Polish defence ministry", "the Ministry
/// of Defence in London", named "&lt;country's adjective&gt; &lt;canonical name&gt;" ("British Defense Ministry"). The
/// ministry_* lists ("ministry_defense": "Defense Ministry", "Ministry of Defence", …) are named by their first phrase.
/// Candidates of priority 2.
/// </summary>
internal sealed class MinistryFinder
{
    private readonly Countries countryWords;
    private readonly PhraseMatcher ministries;
    private readonly Dictionary<string, string> ministryNames;
    // Where the ministry matcher can first find a name (see FirstWords).
    private readonly FirstWords ministryStarts;

    public MinistryFinder(Lexicon lexicon, Countries countryWords)
    {
        this.countryWords = countryWords;
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
                && countries.FirstOrDefault(c => c.Span.Start == SkipWhiteSpace(s, e) && c.Country is not null && !c.IsDemonym) is { Country: { } after } place)
                (country, to) = (after, place.Span.End);
            if (country is null) continue;
            candidates.Add(new(2, Ministry(new TextSpan(start + from, start + to), hit.Label, country)));
        }
    }

    private static CountryName? InitialsBefore(List<CountryName> countries, string s, int at)
    {
        foreach (var c in countries)
            if (c is { Country: not null, Possessive: false } && c.Span.End < at && IsWhiteSpace(s, c.Span.End, at)
                && IsAcronym(s.AsSpan(c.Span.Start, c.Span.Length).Trim('.').ToString().Replace(".", "", StringComparison.Ordinal)))
                return c;
        return null;
    }

    /// <summary>The country's ministry that `what` names in full ("interior ministry"), or null.</summary>
    public SourceRef? Named(string what, string country) =>
        ministries.Find(what, 0, what.Length) is [{ } ministry] && ministry.Span.Length == what.Length ? Ministry(default, ministry.Label, country) : null;

    private SourceRef Ministry(TextSpan span, string list, string country)
    {
        var name = ministryNames[list];
        var kind = name.StartsWith("Defen", StringComparison.OrdinalIgnoreCase) ? SourceKind.Military : SourceKind.Government;
        return new SourceRef(span, $"{countryWords.Adjective(country)} {name}", kind, country, CitationRole.Mentioned, "ministry");
    }
}
