namespace Analysis.Generation;

using Analysis.Extraction;

/// <summary>
/// A troop figure the generator wrote into an article: the number (or a range's bounds), whether it
/// is the article's current estimate or an earlier one it supersedes, and the source it is credited to
/// (canonical name). Extraction is checked against these.
/// </summary>
public sealed record PlantedFigure(double? Value, double? Low, double? High, EstimateStatus Status, string Source);

/// <summary>
/// One generated article: where it goes in the corpus folder (relative path with '/'), its text,
/// and the ground truth planted in its body: troop figures and every cited source (canonical names).
/// </summary>
public sealed record GeneratedArticle(string Path, string Text, IReadOnlyList<PlantedFigure> Figures, IReadOnlyList<string> Sources);

/// <summary>What <see cref="CorpusGenerator.Write"/> wrote: the folder, how many files and bytes, from which seed.</summary>
public sealed record GeneratedCorpus(string Folder, int Files, long Bytes, int Seed);
