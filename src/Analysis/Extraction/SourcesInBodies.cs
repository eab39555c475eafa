namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Unnamed sources placed inside a body ("Sources in the South Korean army estimate …", "a source within NATO", "a source close to
/// the Pentagon told Reuters") are that body's sources, named as the DevSet header names a body's unnamed officials: by its country
/// and trade ("South Korean military sources", "U.S. defense sources"), or by its own name when it has no country ("NATO sources",
/// "UNIFIL sources"). The body is no voice of its own there. Its officials are named so too ("two officials of the U.S. Department of
/// Defense": U.S. defense officials; "an official at the Foreign Ministry": the country's officials), as a body's own group is
/// ("Pentagon officials"): wire copy places unnamed officials in their body as often as it names the body first.
/// </summary>
internal sealed class SourcesInBodies(Lexicon lexicon, Countries countryWords)
{
    private readonly WordSet links = lexicon.WordLookup("insider_links", StringComparer.Ordinal);
    private readonly string[] defenseNames = lexicon.Words("defense_body_words").ToArray();
    private readonly string[] diplomaticNames = lexicon.Words("diplomatic_body_words").ToArray();
    private readonly WordSet insiders = lexicon.WordLookup("insider_nouns", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet articles = lexicon.WordLookup("articles", StringComparer.Ordinal);
    // "a senior commander of the Ethiopian army": a rank one of several hold (insider_ranks after rank_openers) places its
    // holder among the body's unnamed officials.
    private readonly WordSet ranks = lexicon.WordLookup("insider_ranks", StringComparer.Ordinal);
    private readonly WordSet rankOpeners = lexicon.WordLookup("rank_openers", StringComparer.Ordinal);
    private readonly string[] wholeForceEnds = lexicon.Words("whole_force_name_ends").ToArray();
    // "police": the head of a country's group that is a body its unnamed sources sit in ("a source in the Lesotho police"), as a
    // service is (insider_group_bodies).
    private readonly string[] groupBodies = lexicon.Words("insider_group_bodies").ToArray();

    /// <summary>Renames, in the sentence's accepted sources, each body that unnamed sources are placed in.</summary>
    public void Rename(string s, int start, List<SourceRef> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            // "a source at the foreign ministry": a body named by its description alone, which its sentence's country names
            // (its fallback), is that country's body here, where no earlier source is meant.
            if (accepted[i] is { IsPronoun: true, Fallback: { IsPerson: false, IsGroup: false, Country: not null } described } description
                && Inside(s, description.Span.Start - start) is not null)
                accepted[i] = described with { Span = description.Span, Role = description.Role };
            // A country's service read as a group ("the South Korean army": "South Korean Army") is a body; "Indian officials" are not.
            if (accepted[i] is not { IsPerson: false, IsPronoun: false, IsCredit: false } body
                || body.Kind is not (SourceKind.Military or SourceKind.Intelligence or SourceKind.Government or SourceKind.Other) || Inside(s, body.Span.Start - start) is not { } noun
                || body.IsGroup && !IsService(body.Name) && !(noun == "sources" && groupBodies.Any(g => body.Name.EndsWith(" " + g, StringComparison.Ordinal)))) continue;
            // A service's officials keep its name, as GroupFinder names them ("officials of the Indian Army": Indian Army officials).
            // Sources at a foreign ministry are diplomatic sources ("a source at the Turkish foreign ministry": Turkish diplomatic
            // sources), as the DevSet header names them; its officials stay the country's.
            var trade = noun == "sources" && diplomaticNames.Any(d => body.Name.Contains(d, StringComparison.OrdinalIgnoreCase)) ? "diplomatic"
                : SpokespeopleToOutlets.Trade(body, defenseNames);
            // A country's body named only by its trade in lower case ("Ukrainian military intelligence", "Kenyan police",
            // "Japanese government") keeps that name for its sources, and an intelligence body for its officials too, as the
            // DevSet header names "a source in Ukraine's military intelligence" ("Ukrainian military intelligence sources").
            var generic = body.Country is { } owner && countryWords.Adjective(owner) is var adjective && body.Name.Length > adjective.Length + 1
                && body.Name.StartsWith(adjective + " ", StringComparison.Ordinal) && !body.Name.AsSpan(adjective.Length + 1).ContainsAnyInRange('A', 'Z')
                && (noun == "sources" && trade != "diplomatic" || body.Kind == SourceKind.Intelligence);
            var name = generic ? $"{body.Name} {noun}"
                : noun == "officials" && body.Country is not null && trade == "military" && IsService(body.Name) ? $"{body.Name} {noun}"
                : body.Country is { } country
                ? string.Join(' ', new[] { countryWords.Adjective(country), trade, noun }.Where(p => p is not null))
                : $"{body.Name} {noun}";
            accepted[i] = body with { Name = name, IsGroup = true, RoleNoun = SourceNouns.Singular(noun), AlwaysCited = false };
        }
    }

    /// <summary>Whether a rank one of several hold places its holder in the body named at `at` ("a senior commander of the
    /// Ethiopian army"): the rank is no job title there, and the body's officials speak.</summary>
    public bool PlacesRank(string s, int at) => Inside(s, at, out var rank) is not null && rank;

    // A country's service ("Indian Army"), not its whole armed forces ("Ethiopian National Defense Force": the country's military).
    private bool IsService(string name) =>
        name.LastIndexOf(' ') is var space and > 0 && (char.IsUpper(name[space + 1]) || name.AsSpan(space + 1) is "military")
        && !wholeForceEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    // "sources in the", "a source within", "a source close to", "officials of the": the words before a body's name at `at` that
    // place sources or officials in it; the plural of the noun that names them, or null.
    private string? Inside(string s, int at) => Inside(s, at, out _);

    private string? Inside(string s, int at, out bool rank)
    {
        rank = false;
        var p = at;
        if (TryWordBefore(s, p, 0, out var the, out var theStart) && articles.Contains(the)) p = theStart;
        if (!TryWordBefore(s, p, 0, out var link, out var linkStart)) return null;
        if (link is "to" && TryWordBefore(s, linkStart, 0, out var close, out var closeStart) && close is "close") linkStart = closeStart;
        else if (!links.Contains(link)) return null;
        var e = linkStart;
        e = SkipWhiteSpaceBack(s, e);
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        // In lower case, or capitalised where it opens a sentence ("Sources in the army …"); not a headline's capitals.
        if (b == e || s.AsSpan(b + 1, e - b - 1).ContainsAnyInRange('A', 'Z')) return null;
        if (insiders.Contains(s.AsSpan(b, e - b))) return SourceNouns.Plural(s[b..e].ToLowerInvariant());
        rank = ranks.Contains(s.AsSpan(b, e - b)) && OneOfSeveral(s, b);
        return rank ? "officials" : null;
    }

    // Whether a rank opener stands before the rank at `at`, past one lower-case modifier ("a senior commander").
    private bool OneOfSeveral(string s, int at)
    {
        var word = LetterWordBefore(s, at, out var wordStart);
        if (word.IsEmpty) return false;
        return rankOpeners.Contains(word) || char.IsLower(word[0]) && rankOpeners.Contains(LetterWordBefore(s, wordStart, out _));
    }

    // The word of letters in either case that ends right before the white space before `at` ("A", "senior"), or empty.
    private static ReadOnlySpan<char> LetterWordBefore(string s, int at, out int start)
    {
        var e = SkipWhiteSpaceBack(s, at);
        start = e;
        if (e == at) return [];
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        return s.AsSpan(start, e - start);
    }
}
