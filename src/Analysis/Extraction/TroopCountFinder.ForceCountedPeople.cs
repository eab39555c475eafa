namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// People of a country counted with no troop noun ("some 4,000 North Koreans had been killed or wounded") in an article that
/// has already counted that country's troops: they are those troops, as a writer who has named the force goes on calling its
/// soldiers by their nationality, however far back the count. Unless their own clause says they are others a war harms
/// (own_force_toll_blockers: "12 Ukrainians died when a missile hit an apartment block", "died in the floods").
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The country of each plural demonym that spells one ("North Koreans", "Cubans", "Chinese", "Britons", "Irishmen"); the
    // plurals of plural_demonyms that no country lists ("Danes") name none here.
    private readonly Dictionary<string, string> countryOfPeople;

    private static Dictionary<string, string> CountriesOfPeople(Lexicon lexicon)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in lexicon.Countries)
            foreach (var people in SpelledPlurals(c).Concat(c.Aliases)) map.TryAdd(people, c.Name);
        return map;
    }

    // Whether the people of a country that end at `demonymEnd` ("some 4,000 North Koreans") are of a country whose troops the
    // document counted before (`forceCounted`), and the clause after them, to `end`, names no toll of others.
    private bool ForceCountedPeople(string text, int demonymEnd, int end, Func<string, bool>? forceCounted) =>
        forceCounted is not null && PeopleCountry(text, demonymEnd) is { } country && forceCounted(country)
        && !service.NamesTollOfOthers(text, demonymEnd, end);

    // The country of the plural demonym of one to three words that ends at `at`, or null.
    private string? PeopleCountry(string text, int at)
    {
        var from = at;
        for (var words = 0; words < 3 && from > 0; words++)
        {
            var space = text.LastIndexOf(' ', from - 1);
            if (words > 0 && space < 0) break;
            from = space + 1;
            if (countryOfPeople.TryGetValue(text[from..at], out var country)) return country;
            if (space <= 0) break;
            from = space;
        }
        return null;
    }
}
