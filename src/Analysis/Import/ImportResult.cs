namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// What an import did: the articles written, those already in the corpus, and every source that
/// could not be imported or was imported with a fallback (as <see cref="LoadProblem"/>s, like the loader's).
/// </summary>
public sealed record ImportResult(
    string Folder,
    IReadOnlyList<ImportedFile> Imported,
    IReadOnlyList<AlreadyImported> AlreadyThere,
    IReadOnlyList<LoadProblem> Problems)
{
    public override string ToString() =>
        $"{Imported.Count} imported, {AlreadyThere.Count} already in the corpus, {Problems.Count} problems, into {Folder}";
}
