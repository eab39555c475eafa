namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whose a body is that a document names without its country ("the General Staff said", "Northern Command says", "The
/// Marine Corps said"), read over the whole document once its sentences are read. Reporting names a body in full once
/// ("Ukraine's General Staff", "a U.S. Northern Command spokesperson") and bare elsewhere, before or after: the bare name
/// is that body, whatever other country its own sentence names ("Russian forces lost 1,400, the General Staff said" after
/// "Ukraine's General Staff": Ukraine's). A bare name the document never gives in full, that is a body the kit can build for
/// the country the document speaks for (<see cref="DocumentCountry.CitedOrOwner"/>: "the Pentagon said … The Marine Corps
/// said": the U.S. Marine Corps), is that country's; in a document that speaks for none, a body's proper name its own country's
/// press gives it bare is that country's (home_named_bodies: "the Ministry of Defence", Britain's). Only names <see cref="DescribedSources.Body"/> builds are read, so an
/// unknown name stays as it is.
/// </summary>
internal sealed class BareBodies(DescribedSources described, Countries countryWords, IReadOnlyList<string> homeNamed,
    WordSet placeWords)
{
    // "Ministry of Defence" -> United Kingdom (home_named_bodies): the country whose press names the body so, bare.
    private readonly Dictionary<string, string> homeCountries = homeNamed.Select(p => p.Split('|')).Where(p => p.Length == 2)
        .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>Rewrites, in place, the references of a document's sentences whose text names a body without its country.</summary>
    public void Resolve(string text, IReadOnlyList<SourceRef>[] refs, string? documentCountry, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        // Each body's bare words, and whether they are all it says (read once: both passes below ask).
        List<(string Bare, bool IsBare)>? bodies = null;
        // The bodies the document names in full, by country: a reference whose own text is more than the body its country builds.
        // One of each name and country, the first (whether words build a body reads only its name and country, so the first
        // that builds and whether another name builds too are as over every mention).
        List<SourceRef>? full = null;
        foreach (var sentence in refs)
            foreach (var r in sentence)
            {
                if (!IsBody(r)) continue;
                var bare = Bare(text, r);
                var isBare = r.Country is not { } country || Builds(bare, r);
                (bodies ??= []).Add((bare, isBare));
                if (r.Country is not null && !isBare && !(full ??= []).Exists(f => f.Name == r.Name && f.Country == r.Country)) full.Add(r);
            }
        if (bodies is null) return;
        var b = 0;
        for (var i = 0; i < refs.Length; i++)
        {
            SourceRef[]? rewritten = null;
            for (var j = 0; j < refs[i].Count; j++)
            {
                var r = refs[i][j];
                if (!IsBody(r)) continue;
                var (bare, isBare) = bodies[b++];
                if (!isBare) continue;
                // The one body of that bare name the document names in full.
                SourceRef? named = null;
                var several = false;
                if (full is not null)
                    foreach (var f in full)
                        if (Builds(bare, f))
                        {
                            if (named is not null && named.Name != f.Name) several = true;
                            named ??= f;
                        }
                var to = several ? null : named is not null ? named
                    : r.Country is not null ? null
                    : documentCountry is not null ? described.Body(bare, documentCountry)
                    : homeCountries.TryGetValue(bare, out var home) && !NamesOtherCountry(text, countries, home) ? described.Body(bare, home) : null;
                if (to is null || to.Name == r.Name) continue;
                rewritten ??= [.. refs[i]];
                rewritten[j] = r with { Name = to.Name, Kind = to.Kind, Country = to.Country, RoleNoun = to.RoleNoun, IsPerson = false };
            }
            if (rewritten is not null) refs[i] = rewritten;
        }
    }

    // Whether the document names a country other than `home` that is not a place ("in Kabul"): "India moved 3,000 troops north.
    // The Ministry of Defence said …" is no British copy's own ministry.
    private bool NamesOtherCountry(string text, IReadOnlyList<IReadOnlyList<CountryMention>> countries, string home)
    {
        foreach (var sentence in countries)
            foreach (var c in sentence)
                if (c.Country.Name != home && !(SourceText.TryWordBefore(text, c.Span.Start, 0, out var before, out _) && placeWords.Contains(before)))
                    return true;
        return false;
    }

    // A body, not a person, a group, a pronoun or a credit ("the Ministry of Foreign Affairs": a government's body, see MinistryFinder).
    private static bool IsBody(SourceRef r) =>
        r is { IsPronoun: false, IsGroup: false, IsCredit: false } && r.Kind is not (SourceKind.Outlet or SourceKind.StateMedia)
        && (r.Country is not null ? !r.IsPerson && r.Name != r.Country : r.RoleNoun is null && r.Kind is SourceKind.Other or SourceKind.Official or SourceKind.Military or SourceKind.Government);

    // The reference's own words, without a leading "the"; for an acronym the document defined ("the DFA said" after "the
    // Department of Foreign Affairs (DFA)"), the words it stands for, which name the body as its first mention did.
    private static string Bare(string text, SourceRef r)
    {
        var words = SourceText.Normalize(text[r.Span.Start..r.Span.End]);
        if (SourceText.IsAcronym(words) && r.Name.Contains(' ')) words = r.Name;
        return words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
    }

    // Whether a country's body is the one these words name with its country: "General Staff" for the Ukrainian General Staff,
    // "Marine Corps" for the U.S. Marine Corps, "defence ministry" for the Russian Defense Ministry.
    private bool Builds(string words, SourceRef body)
    {
        var adjective = countryWords.Adjective(body.Country!);
        if (body.Name.Length > adjective.Length + 1 && body.Name.StartsWith(adjective, StringComparison.Ordinal) && body.Name[adjective.Length] == ' '
            && SourceGazetteer.Spelling(body.Name[(adjective.Length + 1)..]).Equals(SourceGazetteer.Spelling(words), StringComparison.OrdinalIgnoreCase))
            return true;
        return described.Body(words, body.Country!)?.Name == body.Name;
    }
}
