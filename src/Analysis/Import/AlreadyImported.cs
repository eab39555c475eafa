namespace Analysis.Import;

/// <summary>
/// An article that the corpus already holds (same address or same text), so it was not written again.
/// <see cref="FilledIn"/> names the manifest fields the import added to the existing entry (e.g. a date it lacked).
/// </summary>
public sealed record AlreadyImported(string Source, string Id, string Reason, IReadOnlyList<string> FilledIn);
