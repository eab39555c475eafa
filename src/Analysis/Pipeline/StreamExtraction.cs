namespace Analysis.Pipeline;

using Analysis.Corpus;

/// <summary>Extraction over a <see cref="CorpusStream"/>: each document's findings, in corpus order, in parallel.</summary>
public static class StreamExtraction
{
    /// <summary>
    /// Each document's findings, in corpus order, with reading, parsing and extraction spread over
    /// <paramref name="parallelism"/> threads (default: one per core); see <see cref="CorpusStream.Select{T}"/>.
    /// </summary>
    public static IEnumerable<DocumentFindings> Extract(this CorpusStream stream, Extractor? extractor = null, int? parallelism = null)
    {
        var pipeline = extractor ?? Extractor.Default;
        return stream.Select(pipeline.Extract, parallelism);
    }
}
