namespace Analysis;

using Analysis.Corpus;
using Analysis.Frames;
using Analysis.Pipeline;
using Analysis.Vocabulary;

/// <summary>
/// The kit in one line, for a notebook cell: <c>var findings = Kit.Analyze();</c> loads the corpus
/// (<see cref="CorpusFolder"/>) and extracts everything with <see cref="Extractor.Default"/>.
/// </summary>
public static class Kit
{
    /// <summary>
    /// The kit's namespaces a notebook or program works with, one per folder, in the order data flows through them:
    /// every one with public types but those the commands use behind the scenes (Output's all-or-nothing writes,
    /// Evaluation, Generation) and Display's hook, which only Notebook fills. A notebook brings them all in with one
    /// line (notebooks/setup.csx holds them as <c>global using</c>s); a file-based app made from a notebook gets one
    /// <c>using</c> line for each.
    /// </summary>
    public static IReadOnlyList<string> Namespaces { get; } =
    [
        "Analysis", "Analysis.Corpus", "Analysis.Vocabulary", "Analysis.Import", "Analysis.Extraction", "Analysis.Timeline", "Analysis.Pipeline",
        "Analysis.Claims", "Analysis.Frames", "Analysis.Export", "Analysis.Charts", "Analysis.Report", "Analysis.Images", "Analysis.Notebook",
    ];

    /// <summary>
    /// The environment variable that names the corpus folder of <see cref="Load"/> and <see cref="Analyze(string?)"/>
    /// when they are given none: how a notebook is pointed at another corpus without editing it
    /// (<c>analysis notebooks --corpus DIR</c> sets it; in VS Code, set it before the kernel starts).
    /// </summary>
    public const string CorpusVariable = "ANALYSIS_CORPUS";

    /// <summary>
    /// The folder <see cref="Load"/> reads when given none: <see cref="CorpusVariable"/> when set (a relative path
    /// is taken from the current folder, a notebook's own folder), else the nearest seeds/ folder from here upwards.
    /// </summary>
    public static string CorpusFolder()
    {
        if (Environment.GetEnvironmentVariable(CorpusVariable) is not { Length: > 0 } named) return CorpusLoader.FindDefaultFolder();
        var folder = Path.GetFullPath(named);
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"{CorpusVariable} names {folder}, which is not a folder: point it at a folder of articles, or unset it to read seeds/.");
    }

    /// <summary>The articles of <paramref name="folder"/> (default: <see cref="CorpusFolder"/>).</summary>
    // Qualified: inside namespace Analysis, the name Corpus is the folder's namespace before it is the type.
    public static Corpus.Corpus Load(string? folder = null) => CorpusLoader.Load(folder ?? CorpusFolder());

    /// <summary>
    /// Loads <paramref name="folder"/> (default: <see cref="CorpusFolder"/>) and extracts troop counts, sources and
    /// events, reading with the corpus's vocabulary (<see cref="LexiconFor"/>).
    /// </summary>
    public static Findings Analyze(string? folder = null) => Analyze(Load(folder));

    /// <summary>Extracts troop counts, sources and events from <paramref name="corpus"/>, read with its vocabulary (<see cref="LexiconFor"/>).</summary>
    public static Findings Analyze(Corpus.Corpus corpus)
    {
        var problems = corpus.Problems.ToList();
        var lexicon = LexiconFor(corpus.Folder, problems);
        return Extractor.For(lexicon).Extract(problems.Count == corpus.Problems.Count ? corpus : corpus with { Problems = problems });
    }

    /// <summary>
    /// The environment variable that names a lexicon file to read over the kit's vocabulary and the corpus's own
    /// lexicon.json (<c>analysis notebooks --lexicon FILE</c> sets it).
    /// </summary>
    public const string LexiconVariable = "ANALYSIS_LEXICON";

    /// <summary>
    /// The vocabulary <paramref name="folder"/> is read with: the kit's, then the folder's own lexicon.json, then the
    /// file <see cref="LexiconVariable"/> names. A malformed lexicon.json is added to <paramref name="problems"/>.
    /// </summary>
    public static Lexicon LexiconFor(string? folder = null, ICollection<LoadProblem>? problems = null) =>
        Lexicon.ForCorpus(folder ?? CorpusFolder(), Environment.GetEnvironmentVariable(LexiconVariable) is { Length: > 0 } file ? Path.GetFullPath(file) : null, problems);

    /// <summary>
    /// The environment variable that names the folder a notebook writes its files into (a report, say):
    /// <c>analysis notebooks</c> sets it to its run's output folder, so that they go with the executed copies.
    /// </summary>
    public const string OutputVariable = "ANALYSIS_OUT";

    /// <summary>
    /// Where a notebook writes its files: <see cref="OutputVariable"/> when set, else <c>out</c> (in VS Code, beside the
    /// notebook). The folder is not created here: writers such as <c>Report.Write</c> create it.
    /// </summary>
    public static string OutputFolder() =>
        Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } named ? Path.GetFullPath(named) : "out";

    /// <summary>
    /// The tables that <c>analysis extract</c> wrote into <paramref name="folder"/>, as frames, after
    /// checking them against the run's record (run.json): a changed or cut table is refused by name.
    /// </summary>
    public static RunTables LoadTables(string folder) => RunTables.Load(folder);
}
