namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The plural demonyms <see cref="SendingAgent.PeopleIn(string, int, int, out bool)"/> looks for ("Americans", "North
/// Koreans"), each with its country, found by the words of a text: a plural is keyed by its first word (its first run of word
/// characters), so a span is read with one look-up per word instead of one search per plural. What it finds is what the
/// searches found: each plural in the text, case and all, as a whole word, in the list's order.
/// </summary>
internal sealed class PluralPeoples
{
    // The plurals and their countries, in the list's order.
    private readonly string[] plurals, countries;
    // The plurals by their first word: their places in the list, in order.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;
    // The plurals that do not open with a word character, searched for as a whole (none in the kit's lexicon).
    private readonly int[] unkeyed;

    public PluralPeoples(string[] plurals, string[] countries)
    {
        (this.plurals, this.countries) = (plurals, countries);
        var keyed = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var other = new List<int>();
        for (var i = 0; i < plurals.Length; i++)
        {
            var n = 0;
            while (n < plurals[i].Length && CueIndex.IsWordCharacter(plurals[i][n])) n++;
            if (n == 0) other.Add(i);
            else keyed[plurals[i][..n]] = keyed.TryGetValue(plurals[i][..n], out var places) ? [.. places, i] : [i];
        }
        byFirstWord = keyed.GetAlternateLookup<ReadOnlySpan<char>>();
        unkeyed = [.. other];
    }

    /// <summary>
    /// The country of the first plural of the list that stands in text[from..to) as a whole word, or null; <paramref name="several"/>:
    /// another plural there is of another country.
    /// </summary>
    public string? In(string text, int from, int to, out bool several)
    {
        // The first plural of the list found, and whether the plurals found name two countries or more.
        var (first, any, two) = (int.MaxValue, (string?)null, false);
        void Found(int p)
        {
            first = Math.Min(first, p);
            if (any is null) any = countries[p];
            else if (any != countries[p]) two = true;
        }
        for (var i = from; i < to; i++)
        {
            if (!CueIndex.IsWordCharacter(text[i]) || i > 0 && CueIndex.IsWordCharacter(text[i - 1])) continue;
            var end = i + 1;
            while (end < text.Length && CueIndex.IsWordCharacter(text[end])) end++;
            if (byFirstWord.TryGetValue(text.AsSpan(i, end - i), out var candidates))
                foreach (var p in candidates)
                    if (StandsAt(text, i, to, plurals[p])) Found(p);
            i = end - 1;
        }
        foreach (var p in unkeyed)
            if (Stands(text, from, to, plurals[p])) Found(p);
        several = two;
        return first == int.MaxValue ? null : countries[first];
    }

    // Whether plural stands at text[at..] as a whole word that ends by `to`.
    private static bool StandsAt(string text, int at, int to, string plural) =>
        at + plural.Length <= to && text.AsSpan(at, plural.Length).SequenceEqual(plural)
        && (at == 0 || !CueIndex.IsWordCharacter(text[at - 1])) && (at + plural.Length == text.Length || !CueIndex.IsWordCharacter(text[at + plural.Length]));

    // Whether plural stands anywhere in text[from..to) as a whole word (the search PeopleIn made for each plural).
    private static bool Stands(string text, int from, int to, string plural)
    {
        for (var at = from; at <= to - plural.Length && (at = text.IndexOf(plural, at, to - at, StringComparison.Ordinal)) >= 0; at++)
            if (StandsAt(text, at, to, plural)) return true;
        return false;
    }
}
