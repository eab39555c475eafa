namespace Analysis.Vocabulary;

/// <summary>
/// A voice that reporting cites, as a lexicon writes it: canonical name, kind (outlet, intelligence, official,
/// government, military, state_media, intercept, other), country and the other names articles use. The kind is
/// text here; the extraction layer reads it and names this entry's origin when it does not know the kind. An optional role
/// names a person's office where it decides whose words they pass on ("lawmaker": they relay a body's briefing).
/// </summary>
public sealed record SourceEntry(string Name, string Kind, string? Country, IReadOnlyList<string> Aliases, LexiconOrigin Origin, string? Role = null);
