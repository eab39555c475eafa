namespace Analysis;

using Analysis.Corpus;
using Analysis.Pipeline;

/// <summary>
/// The kit in one line, for a notebook cell: <c>var findings = Kit.Analyze();</c> loads the nearest
/// seeds/ folder and extracts everything with <see cref="Extractor.Default"/>.
/// </summary>
public static class Kit
{
    /// <summary>
    /// The kit's namespaces, one per folder, in the order data flows through them. A notebook brings them all in
    /// with one line (notebooks/setup.csx holds them as <c>global using</c>s); a file-based app made from a
    /// notebook gets one <c>using</c> line for each.
    /// </summary>
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "Analysis", "Analysis.Corpus", "Analysis.Import", "Analysis.Extraction", "Analysis.Timeline",
        "Analysis.Pipeline", "Analysis.Frames", "Analysis.Export", "Analysis.Charts", "Analysis.Report",
    ];

    /// <summary>The articles of <paramref name="folder"/> (default: the nearest seeds/ folder from here upwards).</summary>
    // Qualified: inside namespace Analysis, the name Corpus is the folder's namespace before it is the type.
    public static Corpus.Corpus Load(string? folder = null) => CorpusLoader.Load(folder);

    /// <summary>Loads <paramref name="folder"/> and extracts troop counts, sources and events.</summary>
    public static Findings Analyze(string? folder = null) => Analyze(Load(folder));

    public static Findings Analyze(Corpus.Corpus corpus) => Extractor.Default.Extract(corpus);
}
