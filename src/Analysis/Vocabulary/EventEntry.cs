namespace Analysis.Vocabulary;

/// <summary>A dated event that articles name instead of a date ("the BRICS summit"), inclusive of both days.</summary>
public sealed record EventEntry(string Name, DateOnly Start, DateOnly End, string? Place, IReadOnlyList<string> Aliases, LexiconOrigin Origin);
