namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// People counted by their country ("600 other Kenyans", "150 Chinese are serving"): the plural demonyms and what
/// may follow them.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // "Kenyans", "North Koreans", "Pakistanis": the people of a country, a demonym in -n or -i and an s (and the aliases
    // written so, "Greeks"); "Chinese", "Senegalese": a demonym in -ese is its own plural (read as people only where no noun
    // follows it); "Britons", "Danes": the plurals no demonym spells (list plural_demonyms).
    private static IEnumerable<string> PluralDemonyms(Lexicon lexicon) =>
        lexicon.Countries.SelectMany(c => SpelledPlurals(c).Concat(c.Aliases.Where(a => c.Demonyms.Any(d => a == d + "s"))))
            .Concat(lexicon.Words("plural_demonyms")).Distinct(StringComparer.Ordinal);

    // The plurals a country's demonyms spell: those in -n or -i and an s ("Kenyans", "Pakistanis"), then those in -ese as they are
    // ("Chinese"). PluralDemonyms reads them as people; CountriesOfPeople names their country.
    private static IEnumerable<string> SpelledPlurals(CountryEntry country) =>
        country.Demonyms.Where(d => d.Length > 2 && d[^1] is 'n' or 'i').Select(d => d + "s").Concat(country.Demonyms.Where(SameFormPlural));

    // "Of the passengers, 20 were South Africans, 18 Namibians", "20 are South Africans and 18 are Namibians": after the number,
    // a verb of being (part_predicate_copulas, past its fillers), then people of a country that end their phrase (punctuation,
    // "and", the sentence's end; not "were South Africans' relatives" nor "were Kenyans living abroad"): where they end, or -1.
    private int DemonymPredicate(string text, int at, int end)
    {
        if (!Spaced(text, at) || partWords.Copulas.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var copula and > 0)
            || !Spaced(text, copula))
            return -1;
        var demonymEnd = peopleOfCountry.NounEnd(text, PastPredicateFillers(text, copula, end), end);
        if (demonymEnd < 0 || text[demonymEnd - 1] != 's') return -1;
        var next = PhraseLiteral.SkipWhiteSpace(text, demonymEnd, end);
        return next >= end || text[next] is ',' or ';' or '.' or ':' or ')' or '—' or '–'
            || text.AsSpan(next, end - next).StartsWith("and ", StringComparison.Ordinal) ? demonymEnd : -1;
    }

    // "Some 400 Cubans and 30 Soviets also lost their lives", "three Britons and two Americans were killed": after people of a
    // country, "and" and a count of others (people of a country or a troop noun): where that count's noun ends, so that what
    // the clause says of both is read after it; or -1.
    private int CoordinatedCountEnd(string text, int at, int end, IReadOnlyList<Quantity> quantities)
    {
        if (!Spaced(text, at)) return -1;
        var and = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (!text.AsSpan(and, end - and).StartsWith("and ", StringComparison.Ordinal)) return -1;
        var next = PhraseLiteral.SkipWhiteSpace(text, and + 3, end);
        foreach (var other in quantities)
        {
            if (other.Span.Start != next) continue;
            var noun = peopleOfCountry.NounEnd(text, other.Span.End, end);
            return noun >= 0 ? noun : nounAfter.NounEnd(text, other.Span.End, end);
        }
        return -1;
    }

    // How far before a sentence the passage is read for the force it is about (a few sentences of a wire story).
    private const int PassageReach = 1500;

    private static bool SameFormPlural(string demonym) => demonym.Length > 4 && demonym.EndsWith("ese", StringComparison.Ordinal);

    // "150 Chinese are serving": a demonym that is its own plural names people only where no noun follows it ("150 Chinese
    // companies"): the end, punctuation, a word that follows bare numbers, or a word of serving.
    private bool PeopleNoun(string text, int demonymEnd, int end) =>
        text[demonymEnd - 1] == 's' || IsBare(text, demonymEnd, end)
        || (Spaced(text, demonymEnd) && serviceWords.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, demonymEnd, end), end) > 0);
}
