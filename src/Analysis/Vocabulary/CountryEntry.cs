namespace Analysis.Vocabulary;

/// <summary>
/// A country and the words that name it. <see cref="Demonyms"/> come first as adjectives ("North Korean troops"; the
/// first one names a country's officials, "South Korean officials"); <see cref="Aliases"/> are the nouns, plural
/// demonyms, capitals and abbreviations that stand for it ("Pyongyang", "DPRK", "North Koreans").
/// </summary>
public sealed record CountryEntry(string Name, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Aliases, LexiconOrigin Origin)
{
    /// <summary>Every surface that names the country: its name, demonyms and aliases.</summary>
    public IEnumerable<string> Surfaces => Demonyms.Concat(Aliases).Prepend(Name).Distinct(StringComparer.Ordinal);
}
