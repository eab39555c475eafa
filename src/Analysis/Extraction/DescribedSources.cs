namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// What a description in a sentence stands for when it is the sentence's country's: "Denmark will send 200 soldiers, its
/// defence minister said" (the Danish Defense Ministry), "India will send 800 soldiers, an army spokesman said" (the
/// Indian Army), and "the interior ministry" when no earlier source fits (its fallback). The country is that of a source
/// the sentence cites, else the first the sentence names.
/// </summary>
internal sealed class DescribedSources(SourceGazetteer gazetteer, Countries countryWords, MinistryFinder ministries, ArmedServices armedServices,
    StateOffices stateOffices, CountryBodies countryBodies, Lexicon lexicon)
{
    // "statement", "communique": what a state body releases (body_release_nouns), named after the body ("government statement").
    private readonly string[] releaseNouns = lexicon.Words("body_release_nouns").ToArray();

    // The body a release's name opens with ("government" in "government statement"), or null for any other name.
    private string? ReleasingBody(string name)
    {
        foreach (var noun in releaseNouns)
            if (name.Length > noun.Length + 1 && name.EndsWith(noun, StringComparison.Ordinal) && name[^(noun.Length + 1)] == ' ')
                return name[..^(noun.Length + 1)];
        return null;
    }

    // "police": a state's force named bare by its spokesperson ("a police spokesman said"), the country's group (described_groups).
    private readonly HashSet<string> groups = lexicon.Words("described_groups").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Replaces the sentence's accepted descriptions (sorted by start) by what they stand for.
    /// <paramref name="document"/>: whose a body is when its sentence names no country (<see cref="DocumentCountry"/>); not
    /// for an "its" description, which is its own sentence's country's.</summary>
    /// <paramref name="place"/>: the one country the sentence names as the place its soldiers fight or die in, whose a bare body is
    /// where nothing else gives one an owner.
    public void Resolve(List<SourceRef> accepted, List<CountryName> countries, IReadOnlyList<PhraseMatch> titleHits, int start, DocumentCountry? document = null,
        string? place = null)
    {
        var unowned = false;
        for (var i = 0; i < accepted.Count; i++)
            // An "its" description where the sentence names no country is no one (an earlier sentence's minister is not "its").
            if (accepted[i] is { IsPronoun: true } owned && owned.Name.StartsWith("its ", StringComparison.Ordinal))
            {
                // "a source close to the country's government told …": a state's office owned so is no voice of it (state_offices).
                if (owned.Role != CitationRole.Mentioned && !InLongerTitle(owned.Span.End - start, titleHits) && !stateOffices.TryGet(owned.Name.AsSpan("its ".Length), out _)
                    && OwnerBefore(accepted, countries, owned.Span.Start, start, document) is var (before, beforeCountries)
                    && (Described(owned.Name["its ".Length..], before, beforeCountries, null) ?? OwnedIntelligence(owned.Name["its ".Length..], before, beforeCountries)) is { } office)
                    accepted[i] = office with { Span = owned.Span, Role = owned.Role };
                else unowned = true;
            }
            else if (accepted[i] is { IsPronoun: true, Role: not CitationRole.Mentioned } description && description.Name.StartsWith("the ", StringComparison.Ordinal)
                && (stateOffices.TryGet(description.Name.AsSpan("the ".Length), out _)
                    // "the government said": the document's own (its state voice, its dateline), not the sentence's first country
                    // ("… will back Mozambican troops, the government said" after "Rwanda has begun sending 1,000 troops").
                    ? (StateHome(countries, document) ?? OpeningActor(countries)) is { } home ? Body(description.Name["the ".Length..], home) : null
                    // "the army said" after "the Lebanese army commander": the service of the country whose service the document named.
                    // "KYIV - 1,200 Russian soldiers were killed, the general staff said": where the sentence names countries only by
                    // the adjectives of what it counts, and no voice of a country, the dateline's body speaks.
                    : document?.Dateline is { } dateline && OnlyAdjectives(accepted, countries) ? Body(description.Name["the ".Length..], dateline)
                    : Described(description.Name["the ".Length..], accepted, countries, document?.Cited ?? document?.Dateline
                        ?? (armedServices.TryGet(description.Name.AsSpan("the ".Length), out _) ? document?.Service : null))
                        // "killed in an ambush in southern Pakistan, the army said": the place's own body, where nothing else owns it.
                        ?? (place is not null ? Body(description.Name["the ".Length..], place) : null)
                        // "Poland sends more soldiers east. … , the foreign minister said": a one-country story's own office.
                        ?? (document?.Actor is { } actor ? Body(description.Name["the ".Length..], actor) : null)) is { } fallback)
                accepted[i] = description with { Fallback = fallback with { Span = description.Span, Role = description.Role } };
            // An unnamed spokesperson of a service or a ministry speaks for the sentence's country's (else that of the state
            // voice the document cited last), as "a UN spokesman" speaks for the United Nations.
            else if (accepted[i] is { IsPronoun: false, IsGroup: false, Country: null, RoleNoun: "spokesperson", Role: not CitationRole.Mentioned } voice
                && voice.Name.EndsWith(" spokesperson", StringComparison.Ordinal))
            {
                if (Described(voice.Name[..^" spokesperson".Length], accepted, countries, document?.Cited ?? document?.Dateline ?? document?.Actor) is { } office)
                    accepted[i] = office with { Span = voice.Span, Role = voice.Role };
                // "a ministry spokesman in The Hague said" after "the Dutch Defence Ministry said": a spokesperson of a body named by
                // its bare noun speaks as "the ministry" does, for the one the document cited (anaphor_nouns read it so).
                else if (voice.Name == "ministry spokesperson")
                    accepted[i] = new SourceRef(voice.Span, "the ministry", SourceKind.Other, null, voice.Role, "ministry", IsPronoun: true);
            }
            // "according to a government statement", "an army statement said": a state body's unnamed release speaks for the
            // body as its unnamed spokesperson does (body_release_nouns).
            else if (accepted[i] is { IsPronoun: false, IsGroup: false, Country: null, Role: not CitationRole.Mentioned } release
                && ReleasingBody(release.Name) is { } body
                && Described(body, accepted, countries, document?.Cited ?? document?.Dateline) is { } releaser)
                accepted[i] = releaser with { Span = release.Span, Role = release.Role };
            // "About 900 British troops will join, the Ministry of Defence said": a ministry named without its country
            // (an unknown name, which CapitalizedNames may have taken for a person's: "Defence Ministry") speaks for the
            // sentence's country's, else the document's.
            else if (accepted[i] is { IsPronoun: false, IsGroup: false, Country: null, Kind: SourceKind.Other or SourceKind.Official, RoleNoun: null, Role: not CitationRole.Mentioned } named
                && (SentenceCountry(accepted, countries) ?? document?.CitedOrOwner) is { } country && ministries.Named(named.Name, country) is { } ministry)
                accepted[i] = ministry with { Span = named.Span, Role = named.Role };
        if (unowned) accepted.RemoveAll(r => r.IsPronoun && r.Name.StartsWith("its ", StringComparison.Ordinal));
    }

    // "Lee quoted the nation's spy agency as saying that some 300 North Korean soldiers …": an owned description's country is one
    // named before it (a country, or a cited source's), never one the words it introduces name; with none before, the state voice
    // the document cited last (the NIS of the sentences before). Null (no owner) when there is neither.
    private static (List<SourceRef>, List<CountryName>)? OwnerBefore(List<SourceRef> accepted, List<CountryName> countries, int at, int start,
        DocumentCountry? document)
    {
        var before = accepted.FindAll(r => r.Span.End <= at);
        var named = countries.FindAll(c => start + c.Span.End <= at);
        // "KABUL (Xinhua) -- Ten Afghan soldiers were killed …, the country's Defense Ministry said": "the country" is one the
        // words before it name, not a state wire's home (a credit that is an outlet never counts here: SentenceCountry), which
        // counts only where they name none.
        var uncredited = before.FindAll(r => !r.IsCredit);
        if (uncredited.Count < before.Count && SentenceCountry(uncredited, named) is not null) return (uncredited, named);
        if (SentenceCountry(before, named) is not null) return (before, named);
        return SentenceCountry(accepted, countries) is null ? (accepted, countries)
            : document?.Cited is { } cited ? (before, [new CountryName(default, cited, false, false, false)]) : null;
    }

    // Whose a bare state office is: the dateline's state when the sentence names it ("KYIV - … Ukraine has 5,000 troops at the
    // border, the government said", after a sentence quoting Russia's ministry), else the state the document quoted last, else
    // the dateline's.
    private static string? StateHome(List<CountryName> countries, DocumentCountry? document) =>
        document?.Dateline is { } dateline && countries.Exists(c => c.Country == dateline) ? dateline : document?.Cited ?? document?.Dateline;

    // "Chad is to halve its force …, the government announced": in a document with no dateline and no state voice cited before,
    // the country that opens the sentence by its name is the one whose government speaks.
    private static string? OpeningActor(List<CountryName> countries) =>
        countries.Count > 0 && countries[0] is { Country: { } country, IsDemonym: false, IsGroupAdjective: false } first && first.Span.Start <= 4 ? country : null;

    // A title that runs on past `end` ("his army chief"): the description ends inside a person's title, not at a speaker.
    private static bool InLongerTitle(int end, IReadOnlyList<PhraseMatch> titleHits)
    {
        for (var t = 0; t < titleHits.Count; t++)
            if (titleHits[t].Span is var title && title.Start < end && title.End > end) return true;
        return false;
    }

    // Whether the sentence names countries, all of them by an adjective ("Russian soldiers"), and cites no voice of a country.
    private static bool OnlyAdjectives(List<SourceRef> accepted, List<CountryName> countries) =>
        countries.Count > 0 && countries.TrueForAll(c => c is { IsDemonym: true, Possessive: false, IsGroupAdjective: false })
        && !accepted.Exists(r => r is { IsPronoun: false, IsCited: true, Country: not null, IsCredit: false } && r.Kind != SourceKind.Outlet);

    // The country of a source the sentence cites, else the first the sentence names; null when there is none.
    // A wire credit's country comes after any other voice's ("SEOUL (CNA) - …, a South Korean lawmaker said after a briefing by
    // the country's spy agency": South Korea's, not the credited agency's Taiwan; "ANKARA (AA) - …, the National Defense Ministry
    // said": the home agency's Turkey, where no other voice has a country).
    private static string? SentenceCountry(List<SourceRef> accepted, List<CountryName> countries) =>
        accepted.FirstOrDefault(r => r is { IsPronoun: false, IsCited: true, Country: not null, IsCredit: false } && r.Kind != SourceKind.Outlet)?.Country
            ?? accepted.FirstOrDefault(r => r is { IsPronoun: false, IsCited: true, Country: not null } && r.Kind != SourceKind.Outlet)?.Country
            ?? countries.FirstOrDefault(c => c.Country is not null).Country;

    // What a description stands for ("the spy agency" where South Korean lawmakers speak: South Korea's, the National
    // Intelligence Service; "the interior ministry" in a sentence on Kenya: the Kenyan Interior Ministry; "the Army": the
    // Indian Army); null when the sentence has no country or the description names nothing it can build.
    // "SEOUL (AFP) - About 600 North Korean soldiers have been killed fighting for Russia, the spy agency said": where the sentence's
    // country has no such body the kit knows (North Korea's spy agency), the document's country's speaks (South Korea's, the NIS).
    private SourceRef? Described(string what, List<SourceRef> accepted, List<CountryName> countries, string? documentCountry) =>
        SentenceCountry(accepted, countries) is { } country
            ? Body(what, country) ?? (documentCountry is not null && documentCountry != country ? Body(what, documentCountry) : null)
            : documentCountry is not null ? Body(what, documentCountry) : null;

    // "the country's intelligence agency", "its spy service" where the gazetteer knows no service of that country: the country's
    // intelligence, named as CountryBodies names it ("Dutch intelligence"). Only for an owned description, which is surely the
    // sentence's country's; "the spy agency" may be another's than the first country the sentence names.
    private SourceRef? OwnedIntelligence(string what, List<SourceRef> accepted, List<CountryName> countries) =>
        countryBodies.IntelligenceName(what) is { } intelligence && SentenceCountry(accepted, countries) is { } country
            ? new SourceRef(default, $"{countryWords.Adjective(country)} {intelligence}", SourceKind.Intelligence, country, CitationRole.Mentioned, "intelligence")
            : null;

    /// <summary>The body of `country` that a description names ("spy agency": the gazetteer's entry, "defence minister"
    /// or "defence ministry": the ministry, "army": the service), or null when it names nothing the kit can build.</summary>
    public SourceRef? Body(string what, string country)
    {
        var adjective = countryWords.Adjective(country);
        if (gazetteer.TryResolveSpelling($"{adjective} {what}", out var known) && known.Country == country)
            return new SourceRef(default, known.Name, known.Kind, known.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(known), AlwaysCited: known.IsAlwaysCited);
        // A minister speaks for the ministry ("the defence minister": the defence ministry), as its spokesperson does.
        if (what.EndsWith(" minister", StringComparison.OrdinalIgnoreCase)) what = what.ToLowerInvariant()[..^"minister".Length] + "ministry";
        // So does a secretary of state as British and American copy names one ("the defence secretary", "the foreign secretary").
        else if (what.EndsWith(" secretary", StringComparison.OrdinalIgnoreCase) && ministries.Named(what.ToLowerInvariant()[..^"secretary".Length] + "ministry", country) is { } headed)
            return headed;
        if (ministries.Named(what, country) is { } ministry) return ministry;
        // In any case: "army" and "the Marine Corps" as copy writes them.
        if (armedServices.TryGet(what.AsSpan(), out var service))
            return new SourceRef(default, $"{adjective} {service}", SourceKind.Military, country, CitationRole.Mentioned, "military");
        // "the government", "the presidency": the country's government speaking as one.
        if (stateOffices.TryGet(what, out var office))
            return new SourceRef(default, $"{adjective} {office}", SourceKind.Government, country, CitationRole.Mentioned, "government");
        // "a police spokesman": the country's police, named as a group of its adjective is ("Kenyan police").
        if (groups.Contains(what))
            return new SourceRef(default, $"{adjective} {what.ToLowerInvariant()}", SourceKind.Government, country, CitationRole.Mentioned, what.ToLowerInvariant(), IsGroup: true);
        return null;
    }
}
