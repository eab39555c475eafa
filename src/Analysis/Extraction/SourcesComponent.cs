namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Writes the source references of each sentence (<see cref="Layers.SourceRefs"/>): the gazetteer's sources, titled
/// people, groups, countries that speak, unknown names in a citing slot, and pronouns, each with its role.
/// </summary>
internal sealed class SourcesComponent(Lexicon lexicon, SourceGazetteer gazetteer) : IComponent
{
    private readonly SourceFinder finder = new(lexicon, gazetteer);
    // The countries whose people are named family name first ("Kim Jong Un": "Kim"), as later sentences name them by it.
    private readonly HashSet<string> familyNameFirst = lexicon.Words("family_name_first_countries").ToHashSet(StringComparer.Ordinal);

    // The articles glued to a surname ("al-Burhan"), which copy drops when it names the person again ("Burhan said").
    private readonly HashSet<string> particles = lexicon.Words("name_particle_prefixes").ToHashSet(StringComparer.OrdinalIgnoreCase);

    // What the apposition reader leaves out of a described person's name: a sentence's opening words, bodies' last words, place words.
    private readonly WordSet notNameStarts = lexicon.WordLookup("not_name_starts", StringComparer.Ordinal);
    private readonly WordSet bodyWords =
        lexicon.Words("not_person_words").Concat(lexicon.Words("organisation_heads")).ToWordSet(StringComparer.Ordinal);
    private readonly WordSet placeWords =
        lexicon.Words("place_words").Concat(lexicon.Words("apposed_place_words")).ToWordSet(StringComparer.Ordinal);

    public string Name => "sources";
    public IReadOnlyList<string> Needs => [Layers.GazetteerMatches.Name, Layers.Countries.Name];
    public IReadOnlyList<string> Writes => [Layers.SourceRefs.Name];

    public void Run(AnnotatedDocument document)
    {
        var matches = document.Get(Layers.GazetteerMatches);
        var countries = document.Get(Layers.Countries);
        // Sentence by sentence, in order: a person named once may be named by surname after.
        // So is a body of the country the document is about by then ("the Ministry of Defence" after "British reservists").
        var people = new DocumentPeople(familyNameFirst, particles);
        var country = new DocumentCountry();
        // The acronyms it defines ("Inter-Services Public Relations (ISPR)") hold for all of it; those a cited body's initials spell, after it.
        var acronyms = new DocumentAcronyms();
        acronyms.ReadDefinitions(document.Document.Text, gazetteer);
        var sentences = document.Document.Sentences;
        var refs = new IReadOnlyList<SourceRef>[sentences.Count];
        foreach (var s in sentences)
        {
            // A dateline opens the story's first paragraph, after its headline, and on a pasted page after a byline and a caption
            // of a sentence or two ("By X" / "Soldiers board a truck ... REUTERS/Y" / "WARSAW (Reuters) - ...").
            if (s.Index < DatelineReach && country.Dateline is null) country.LearnDateline(finder.DatelineCountry(s), finder.DatelineCity(s));
            refs[s.Index] = PlacedMissions(people.Learn(finder.Find(document.Document, s, matches[s.Index], countries[s.Index], people, country, acronyms)), country);
            // "Yoon Jae-hwan, a member of the defence committee, met reporters.": a person described in an apposition, whom the
            // sentences after may cite by surname, though this one cites no one.
            PassageSurnames.LearnApposed(s.Text, s.Start, people, matches[s.Index], countries[s.Index], notNameStarts, bodyWords, placeWords);
            acronyms.Learn(refs[s.Index], document.Document.Text);
            country.Learn(refs[s.Index], countries[s.Index], document.Document.Text, s.Start);
            country.LearnService(finder.ServiceOwner(document.Document.Text, countries[s.Index]));
        }
        // "Lewentz: Spangdahlem hit hard …" above "interior minister Roger Lewentz called …": a headline may name its speaker by
        // the surname of a person the story names in full only below it.
        for (var h = 0; h < Math.Min(2, sentences.Count); h++)
            if (HeadlineSurname(document.Document.Text, sentences[h], refs[h], people) is { } speaker)
                refs[h] = [speaker, .. refs[h]];
        TopicLabels(document.Document.Text, sentences, refs, countries);
        // "the General Staff said" after "Ukraine's General Staff", "Northern Command says" before "a U.S. Northern Command spokesperson".
        finder.ResolveBareBodies(document.Document.Text, refs, country.CitedOrOwner, countries);
        document.Set(Layers.SourceRefs, refs);
    }

    // "Chad: the inter-African force places itself between …", "Liberia: the peacekeepers land - live", "GUINEA-BISSAU: …": a
    // country's name alone before a headline's colon is the page's subject, as wire services, live blogs and translated copy label
    // a page with its country, not a voice, unless the page's body cites that country ("Thailand: Vietnamese troops left behind …"
    // above "Thailand has charged that …"). Not a capital ("Seoul: …" is how a headline cites a government), a body or a person.
    private void TopicLabels(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<SourceRef>[] refs, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        // A translated page's note in brackets may stand above its headline ("(Translated from the French)").
        var noted = sentences.Count > 1 && sentences[0].Text.AsSpan().Trim() is ['(', .., ')'];
        for (var h = 0; h < Math.Min(2, sentences.Count); h++)
        {
            var s = sentences[h];
            if (s.Paragraph > (noted ? 1 : 0)) break;
            // The label opens the headline, or a line of it below a translation note ("(Translated from French)\nChad: …").
            var label = countries[h].FirstOrDefault(c => !c.IsDemonym && !c.Possessive && c.Span.End < s.End && text[c.Span.End] == ':'
                && text.AsSpan(s.Start, c.Span.Start - s.Start) is var before && (before.Trim(" \"'“‘*#").IsEmpty || before.TrimEnd(" \"'“‘*#").EndsWith("\n")));
            if (label is null) continue;
            // The country's name ("CHAD", "Papua New Guinea") or its end ("Congo"), never a capital.
            var surface = text.AsSpan(label.Name.Start, label.Name.Length);
            if (!label.Country.Name.AsSpan().EndsWith(surface, StringComparison.OrdinalIgnoreCase)) continue;
            var country = label.Country.Name;
            var cited = false;
            for (var i = 0; i < sentences.Count && !cited; i++)
                if (sentences[i].Paragraph > s.Paragraph)
                {
                    foreach (var r in refs[i])
                        if (r is { IsCited: true, IsPronoun: false } && r.Country == country) cited = true;
                    // "PHNOM PENH (AFP) - Cambodia's defence ministry spokeswoman … told reporters", "Thailand has charged that …":
                    // the country acts in the body, opening a sentence by its name (after a dateline at most).
                    foreach (var c in countries[i])
                        if (!c.IsDemonym && c.Country.Name == country && Opens(text, sentences[i].Start, c.Span.Start)) cited = true;
                }
            if (cited) continue;
            refs[h] = [.. refs[h].Where(r => !(r.Span.Start < label.Name.End && label.Name.Start < r.Span.End && r.Country == country && r.Kind == SourceKind.Government))];
        }
    }

    // Whether only "The" or a dateline's dash ("PHNOM PENH (AFP) - ") stands between a sentence's start and `at`.
    private static bool Opens(string text, int start, int at)
    {
        var before = text.AsSpan(start, at - start).TrimEnd();
        return before.IsEmpty || before is "The" || before.EndsWith(" -") || before.EndsWith(" —") || before.EndsWith(" –") || before.EndsWith(" _");
    }

    // How many sentences from the top a dateline may open: the headline, a standfirst, a byline and a caption come first.
    private const int DatelineReach = 8;

    // "TEGUCIGALPA, Honduras (AP) - … the U.S. Embassy said": a foreign country's mission named without its place, in a story
    // filed from a city of another country, is its mission in that city ("U.S. Embassy in Tegucigalpa"), as the DevSet header
    // names it and as a mission with its place written is named (placed_group_heads); with no dateline it stays the country's
    // embassy ("the Dutch embassy said").
    private static IReadOnlyList<SourceRef> PlacedMissions(IReadOnlyList<SourceRef> refs, DocumentCountry country)
    {
        if (country.DatelineCity is not { } city) return refs;
        SourceRef[]? placed = null;
        for (var i = 0; i < refs.Count; i++)
            if (refs[i] is { IsGroup: true, Country: { } owner } mission && owner != country.Dateline
                && MissionHead(mission.Name) is { } head)
                (placed ??= [.. refs])[i] = mission with { Name = $"{mission.Name[..^(head.Length + 1)]} {char.ToUpperInvariant(head[0])}{head[1..]} in {city}" };
        return placed ?? refs;
    }

    // "embassy" or "consulate" where a group's name ends with it alone, after its country's adjective ("U.S. embassy"); else null.
    private static string? MissionHead(string name) =>
        name.EndsWith(" embassy", StringComparison.OrdinalIgnoreCase) ? name[^"embassy".Length..].ToLowerInvariant()
        : name.EndsWith(" consulate", StringComparison.OrdinalIgnoreCase) ? name[^"consulate".Length..].ToLowerInvariant() : null;

    // The person a headline's first word names before a colon ("Lewentz: …"), when no reading claimed that word and the document
    // named someone of that surname (by title) anywhere; else null.
    private static SourceRef? HeadlineSurname(string text, Sentence sentence, IReadOnlyList<SourceRef> found, DocumentPeople people)
    {
        var s = sentence.Text;
        if (!CitationRoles.MayBeHeading(s, sentence.Paragraph) || people.IsEmpty) return null;
        var p = 0;
        while (p < s.Length && s[p] is '"' or '“' or '‘' or '\'' or '*' or '#' or ' ') p++;
        var e = p;
        while (e < s.Length && (char.IsLetter(s[e]) || s[e] == '-')) e++;
        if (e == p || e + 1 >= s.Length || s[e] != ':' || !char.IsWhiteSpace(s[e + 1]) || !char.IsUpper(s[p])) return null;
        var span = new TextSpan(sentence.Start + p, sentence.Start + e);
        foreach (var r in found)
            if (r.Span.Start < span.End && span.Start < r.Span.End) return null;
        return people.TryGet(s.AsSpan(p, e - p), out var person)
            ? person with { Span = span, Role = CitationRole.Speaker, AlwaysCited = false }
            : null;
    }
}
