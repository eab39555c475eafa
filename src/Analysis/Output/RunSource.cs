namespace Analysis.Output;

using Analysis.Corpus;

/// <summary>
/// What a run read, for its record: the corpus folder, and the count of input problems, asked for
/// when the run ends (a streamed corpus knows all its problems only then).
/// </summary>
public sealed record RunSource(string Corpus, Func<int> Problems)
{
    public static RunSource Of(CorpusStream stream) => new(stream.Folder, () => stream.Problems.Count);

    public static RunSource Of(Corpus corpus) => new(corpus.Folder, () => corpus.Problems.Count);
}
