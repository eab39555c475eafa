namespace Analysis;

/// <summary>
/// The kit in one line, for a notebook cell: <c>var findings = Kit.Analyze();</c> loads the nearest
/// seeds/ folder and extracts everything with <see cref="Extractor.Default"/>.
/// </summary>
public static class Kit
{
    /// <summary>The articles of <paramref name="folder"/> (default: the nearest seeds/ folder from here upwards).</summary>
    public static Corpus Load(string? folder = null) => CorpusLoader.Load(folder);

    /// <summary>Loads <paramref name="folder"/> and extracts troop counts, sources and events.</summary>
    public static Findings Analyze(string? folder = null) => Analyze(Load(folder));

    public static Findings Analyze(Corpus corpus) => Extractor.Default.Extract(corpus);

    /// <summary>
    /// The tables that <c>analysis extract</c> wrote into <paramref name="folder"/>, as frames, after
    /// checking them against the run's record (run.json): a changed or cut table is refused by name.
    /// </summary>
    public static RunTables LoadTables(string folder) => RunTables.Load(folder);
}
