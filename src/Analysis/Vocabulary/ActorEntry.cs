namespace Analysis.Vocabulary;

/// <summary>A person who acts in events ("Kim Jong Un"), with the names that refer to them. Countries are
/// <see cref="CountryEntry"/>.</summary>
public sealed record ActorEntry(string Name, IReadOnlyList<string> Aliases, LexiconOrigin Origin);
