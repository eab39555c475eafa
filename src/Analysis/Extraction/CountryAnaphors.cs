namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "Taiwan will extend military service ... The island's armed forces have about 165,000 troops", "Finland can call 280,000
/// people to arms ... the country has some 9,000 professional soldiers", "Indonesian President Prabowo said his country could
/// deploy up to 8,000": a phrase that stands for a country named before (list <c>country_anaphors</c>) is read as that
/// country, so the rules that read who sends or holds troops read it as they read the name. Its country is the last one named
/// before it, in its sentence or the few before, as an actor: by name, capital or possessive, or a demonym before a title
/// ("Indonesian President"); not a demonym on another noun ("the German broadcaster Welt"), nor a country after a
/// preposition (list <c>antecedent_not_after</c>: "the threat from China", "to Iraq"), nor half of a hyphened compound.
/// The countries given are those the troop counts read (datelines already left out: a dateline owns nothing).
/// </summary>
internal sealed class CountryAnaphors(Lexicon lexicon)
{
    private readonly PhraseMatcher anaphors = PhraseMatcher.Of(lexicon, ["country_anaphors"]);
    private readonly AdjacentPhrases notAfter = AdjacentPhrases.Of(lexicon, "antecedent_not_after");
    private readonly AdjacentPhrases articles = AdjacentPhrases.Of(lexicon, "articles");
    private readonly AdjacentPhrases titles = AdjacentPhrases.Of(lexicon, "titles");
    private readonly WordSet placeNouns = lexicon.WordLookup("country_place_nouns", StringComparer.Ordinal);
    // "the North" -> "North Korea", with its other half ("South Korea"): the halves of a divided country, each a country of the
    // lexicon whose name is a word of country_halves and the same rest.
    private readonly (string Half, CountryEntry Country, CountryEntry Other)[] halves = Halves(lexicon);

    private static (string Half, CountryEntry Country, CountryEntry Other)[] Halves(Lexicon lexicon)
    {
        var words = lexicon.Words("country_halves").ToArray();
        var found = new List<(string, CountryEntry, CountryEntry)>();
        foreach (var c in lexicon.Countries)
            foreach (var w in words)
                if (c.Name.StartsWith(w + " ", StringComparison.Ordinal))
                    foreach (var o in words)
                        if (o != w && lexicon.Countries.FirstOrDefault(x => x.Name == o + c.Name[w.Length..]) is { } other) found.Add((w, c, other));
        return [.. found];
    }

    /// <summary>
    /// The countries of each sentence with the anaphors resolved added as mentions of their country (in text order); the
    /// same list when the document has none.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<CountryMention>> With(Document document, IReadOnlyList<IReadOnlyList<CountryMention>> countries,
        IReadOnlyList<IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>>? sources = null)
    {
        countries = WithHalves(document, countries, sources?.SelectMany(s => s.Select(m => m.Entry.Country)));
        var text = document.Text;
        var found = anaphors.Find(text);
        if (found.Count == 0) return countries;
        IReadOnlyList<CountryMention>[]? copy = null;
        var sentences = document.Sentences;
        var s = 0;
        foreach (var m in found)
        {
            while (s < sentences.Count && sentences[s].End <= m.Span.Start) s++;
            if (s == sentences.Count) break;
            // "his country", "her country": a person's, the known official's before any country named later ("Zelensky said Russia
            // had lost more, while his country had lost 31,000").
            var personal = text[m.Span.Start] is 'h' or 'H';
            if (m.Span.Start < sentences[s].Start || Antecedent(text, sentences, countries, sources, s, m.Span.Start, personal) is not { } country) continue;
            var end = m.Span.End;
            if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 == text.Length || !CueIndex.IsWordCharacter(text[end + 2])))
                end += 2;
            copy ??= [.. countries];
            var mention = new CountryMention(m.Span, new TextSpan(m.Span.Start, end), country, false);
            copy[s] = [.. copy[s].Where(c => c.Span.Start < m.Span.Start), mention, .. copy[s].Where(c => c.Span.Start >= m.Span.Start)];
        }
        return copy ?? countries;
    }

    // "The North sent a total of 15,000 troops", "before the North's admission": in a document that names one half of a divided
    // country (by a country mention, or the country of a source it cites: "the NIS"), "the North" (capitalized, no name after
    // it: not "the North Atlantic") is that half, added as a mention of it.
    private IReadOnlyList<IReadOnlyList<CountryMention>> WithHalves(Document document, IReadOnlyList<IReadOnlyList<CountryMention>> countries,
        IEnumerable<string?>? sourceCountries)
    {
        if (halves.Length == 0) return countries;
        var text = document.Text;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in countries)
            foreach (var c in list) named.Add(c.Country.Name);
        foreach (var c in sourceCountries ?? []) if (c is not null) named.Add(c);
        IReadOnlyList<CountryMention>[]? copy = null;
        foreach (var (half, country, other) in halves)
        {
            if (!named.Contains(country.Name) && !named.Contains(other.Name)) continue;
            foreach (var article in (ReadOnlySpan<string>)["the ", "The "])
                for (var at = text.IndexOf(article + half, StringComparison.Ordinal); at >= 0; at = text.IndexOf(article + half, at + 1, StringComparison.Ordinal))
                {
                    var end = at + article.Length + half.Length;
                    if ((at > 0 && CueIndex.IsWordCharacter(text[at - 1])) || (end < text.Length && CueIndex.IsWordCharacter(text[end]))) continue;
                    if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) continue;
                    var span = end;
                    if (span + 1 < text.Length && text[span] is '\'' or '’' && text[span + 1] == 's' && (span + 2 == text.Length || !CueIndex.IsWordCharacter(text[span + 2])))
                        span += 2;
                    var s = 0;
                    while (s < document.Sentences.Count && document.Sentences[s].End <= at) s++;
                    if (s == document.Sentences.Count || at < document.Sentences[s].Start) continue;
                    copy ??= [.. countries];
                    var mention = new CountryMention(new TextSpan(at, end), new TextSpan(at, span), country, false);
                    copy[s] = [.. copy[s].Where(c => c.Span.Start < at), mention, .. copy[s].Where(c => c.Span.Start >= at)];
                }
        }
        return copy ?? countries;
    }

    // The country of the last actor named before text[at], in sentence s or the few before it; null if none. A known official of
    // a country named after the last such country mention is that actor: "Prime Minister Jonas Gahr Store said committing 700 of
    // his country's troops" (the gazetteer's people with a country).
    private CountryEntry? Antecedent(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<CountryMention>> countries,
        IReadOnlyList<IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>>? sources, int s, int at, bool personal)
    {
        for (var i = s; i >= 0 && i >= s - Reach; i--)
        {
            var list = countries[i];
            var official = OfficialBefore(sources is null ? null : sources[i], at);
            for (var k = list.Count - 1; k >= 0; k--)
            {
                var c = list[k];
                if (c.Span.End > at) continue;
                if (official is { } o && (personal || o.Span.Start > c.Span.End)) break;
                if (c.IsAdjective && !(Spaced(text, c.Span.End) && titles.EndOfPhraseAt(text, c.Span.End + 1, sentences[i].End) > 0)) continue;
                if (c.Span.End < text.Length && text[c.Span.End] is '-' or '\u2010' or '\u2011' or '\u2013') continue;
                if (AfterPreposition(text, sentences[i].Start, c.Name.Start)) continue;
                // "the Warsaw Pact", "the South China Sea": the country is part of another name (country_place_nouns).
                if (Spaced(text, c.Span.End) && PlaceNounAt(text, c.Span.End + 1)) continue;
                return c.Country;
            }
            if (official is { Entry.Country: { } name } && Countries.For(lexicon).Named(name) is { } own) return own;
        }
        return null;
    }

    // The last known official with a country named in a sentence before text[at]; null if none.
    private static (TextSpan Span, GazetteerEntry Entry)? OfficialBefore(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources, int at)
    {
        (TextSpan Span, GazetteerEntry Entry)? found = null;
        foreach (var m in sources ?? [])
            if (m.Span.End <= at && m.Entry is { Kind: SourceKind.Official, Country: not null }) found = m;
        return found;
    }

    // How many sentences before its own an anaphor's country is looked for.
    private const int Reach = 4;

    // A word of antecedent_not_after, perhaps "the", then a space right before text[at].
    private bool AfterPreposition(string text, int start, int at)
    {
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && article > start && char.IsWhiteSpace(text[article - 1])) at = article;
        return notAfter.StartOfPhraseBefore(text, start, at) >= 0;
    }

    private bool PlaceNounAt(string text, int at)
    {
        var to = at;
        while (to < text.Length && char.IsLetter(text[to])) to++;
        return to > at && placeNouns.Contains(text.AsSpan(at, to - at));
    }

    private static bool Spaced(string text, int at) => at + 1 < text.Length && text[at] == ' ';
}
