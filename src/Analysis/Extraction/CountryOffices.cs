namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A country's office holder named by the office alone speaks for the body the office heads: "Poland's defence minister
/// said" (the Polish Defense Ministry), "South Korea's spy chief told lawmakers" (its intelligence service, the
/// gazetteer's entry where it has one), "the Ukrainian interior minister said", "Britain's defence secretary", "Rwanda's
/// army chief" (the Rwandan Army). The title's last word says which body (office_holders_of_ministries: a ministry;
/// office_holders_of_bodies: the agency or the service its other words name); an office whose body the kit cannot
/// name ("prime minister", "military chief", "defence chief") is left alone, as is a title followed by its holder's
/// name ("Poland's defence minister Jan Nowak", "Russia's army chief, Ivan Petrov,": TitledPeople's). Candidates of
/// priority 2, sources only where the text cites them.
/// </summary>
internal sealed class CountryOffices
{
    private readonly DescribedSources bodies;
    private readonly Countries countryWords;
    private readonly ArmedServices armedServices;
    private readonly WordSet ministryHolders, bodyHolders, intelligenceModifiers;

    public CountryOffices(Lexicon lexicon, DescribedSources bodies, Countries countryWords, ArmedServices armedServices)
    {
        this.bodies = bodies;
        this.countryWords = countryWords;
        this.armedServices = armedServices;
        ministryHolders = lexicon.WordLookup("office_holders_of_ministries", StringComparer.OrdinalIgnoreCase);
        bodyHolders = lexicon.WordLookup("office_holders_of_bodies", StringComparer.OrdinalIgnoreCase);
        intelligenceModifiers = lexicon.WordLookup("description_intelligence_modifiers", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The offices among the sentence's titles (<paramref name="titleHits"/>) held by a country named just before them.</summary>
    public void Add(string s, int start, IReadOnlyList<PhraseMatch> titleHits, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        for (var h = 0; h < titleHits.Count; h++)
        {
            var title = titleHits[h].Span;
            // Its last word is the holder, the words before it the office: "spy chief", "defence minister".
            var holderStart = title.End;
            while (holderStart > title.Start && !char.IsWhiteSpace(s[holderStart - 1])) holderStart--;
            if (holderStart == title.Start || HolderNamed(s, title.End)) continue;
            if (SentenceCountries.AdjectiveBefore(countries, s, title.Start, 0) is not { Country: { } country } owner) continue;
            var holder = s.AsSpan(holderStart, title.End - holderStart);
            var office = Normalize(s[title.Start..holderStart]).ToLowerInvariant();
            var body = ministryHolders.Contains(holder) ? bodies.Body(office + " ministry", country)
                : bodyHolders.Contains(holder) ? HeadedBody(office, country)
                : HeadOfBody(s.AsSpan(title.Start, title.Length), country);
            if (body is null) continue;
            var first = owner.Span.Start;
            if (TryWordBefore(s, first, 0, out var the, out var theStart) && the is "the" or "The") first = theStart;
            candidates.Add(new(2, body with { Span = new TextSpan(start + first, start + title.End) }) { CitedOnly = true });
        }
    }

    // The body a chief or a commander heads: the country's intelligence service for a spy or intelligence chief (the
    // gazetteer's, else "<adjective> intelligence"), its named service for an army or navy chief; not "the military".
    private SourceRef? HeadedBody(string office, string country)
    {
        if (intelligenceModifiers.Contains(office))
            return bodies.Body("spy agency", country) ?? bodies.Body("intelligence agency", country) ?? bodies.Body("intelligence", country)
                ?? new SourceRef(default, $"{countryWords.Adjective(country)} intelligence", SourceKind.Intelligence, country, CitationRole.Mentioned, "agency");
        return ServiceBody(office, country);
    }

    // The country's armed service an office heads, where the kit names that service (a capitalised armed_services name), or null.
    private SourceRef? ServiceBody(string office, string country) =>
        armedServices.TryGet(office, out var service) && char.IsUpper(service[0]) ? bodies.Body(office, country) : null;

    // "Ukraine's chief of the general staff", "Turkey's Chief of General Staff": a holder's word before "of" heads the service
    // named after it (office_holders_of_bodies; only a service the kit names: not "the defence staff").
    private SourceRef? HeadOfBody(ReadOnlySpan<char> title, string country)
    {
        var space = title.IndexOf(' ');
        if (space <= 0 || !bodyHolders.Contains(title[..space])) return null;
        var rest = title[(space + 1)..];
        if (!rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase)) return null;
        rest = rest[3..];
        if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
        return ServiceBody(Normalize(rest.ToString()).ToLowerInvariant(), country);
    }

    // Whether the holder's name follows the title ("defence minister Jan Nowak", "army chief, Ivan Petrov,"): a person, not the office.
    private static bool HolderNamed(string s, int end)
    {
        var p = SkipWhiteSpace(s, end);
        if (p < s.Length && s[p] == ',') p = SkipWhiteSpace(s, p + 1);
        return p < s.Length && p > end && char.IsUpper(s[p]);
    }
}
