namespace Analysis.Pipeline;

using Analysis.Corpus;

/// <summary>Extraction over a <see cref="CorpusStream"/>: each document's findings, in corpus order, in parallel.</summary>
public static class StreamExtraction
{
    /// <summary>
    /// Each document's findings, in corpus order, with reading, parsing and extraction spread over
    /// <paramref name="parallelism"/> threads (default: one per core); see <see cref="CorpusStream.Select{T}"/>.
    /// A document a step fails on comes with no facts, and the failure joins the stream's problems in its place.
    /// </summary>
    public static IEnumerable<DocumentFindings> Extract(this CorpusStream stream, Extractor? extractor = null, int? parallelism = null)
    {
        var pipeline = extractor ?? Extractor.Default;
        foreach (var (findings, failure) in stream.Select(Try, parallelism))
        {
            if (failure is not null) stream.Add(failure.AsProblem(findings.Document.Path));
            yield return findings;
        }

        Attempt Try(Document document)
        {
            pipeline.TryExtract(document, out var findings, out var failure);
            return new Attempt(findings, failure);
        }
    }

    // A class, not a tuple: CorpusStream.Select over a reference type runs the ReadyToRun program's precompiled shared
    // code, where a value tuple had its iterator and closures JIT-compiled at every start (9 methods).
    private sealed record Attempt(DocumentFindings Findings, ExtractionException? Failure);
}
