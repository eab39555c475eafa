using System.CommandLine;

namespace Analysis.Cli.Commands;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The corpus a command reads, given either as its argument (<c>analysis report articles/</c>, what
/// people type first) or as <c>--corpus articles/</c>; neither means the nearest seeds/ folder.
/// </summary>
internal sealed record CorpusInput(Option<DirectoryInfo?> Option, Argument<DirectoryInfo?> Argument)
{
    public static CorpusInput Create() => new(CommonOptions.Corpus(), new Argument<DirectoryInfo?>("corpus")
    {
        Description = "The same as --corpus, given as the argument",
        Arity = ArgumentArity.ZeroOrOne,
    });

    /// <summary>The folder or file given, or null for the default; both forms at once is a usage mistake.</summary>
    public DirectoryInfo? Given(ParseResult result)
    {
        var byOption = result.GetValue(Option);
        var byArgument = result.GetValue(Argument);
        // An unknown option lands in the argument: name it as what the user meant.
        if (byArgument is not null && byArgument.ToString().StartsWith('-') && !Path.Exists(byArgument.FullName))
            throw new UsageException($"{byArgument}: no such option (--help lists them)");
        if (byOption is not null && byArgument is not null)
            throw new UsageException($"the corpus is given twice ({byArgument} and --corpus {byOption}): give it once");
        return byOption ?? byArgument;
    }

    /// <summary>
    /// The corpus to read (<see cref="CommonOptions.CorpusPath"/>, checked before any work) and the vocabulary to read it
    /// with (<see cref="CommonOptions.LexiconFor"/>, the <paramref name="lexicon"/> option's file over the corpus's own);
    /// a malformed lexicon.json of the corpus is added to <paramref name="problems"/>.
    /// </summary>
    public (string Path, Lexicon Vocabulary) Read(ParseResult result, Option<FileInfo?> lexicon, ICollection<LoadProblem> problems)
    {
        var path = CommonOptions.CorpusPath(Given(result));
        return (path, CommonOptions.LexiconFor(path, result.GetValue(lexicon), problems));
    }
}
