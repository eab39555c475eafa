namespace Analysis.Pipeline;

using Analysis.Corpus;

/// <summary>
/// A step of the pipeline failed on one document: a bug in the kit, not in the input. It names the document and the
/// step, so that a run over thousands of articles says which one to look at and the article can be reported with it.
/// </summary>
public sealed class ExtractionException(string document, string step, Exception cause)
    : Exception($"the {step} step failed on document {document}: {cause.Message}", cause)
{
    public string Document { get; } = document;
    public string Step { get; } = step;

    /// <summary>The failure as a problem of <paramref name="file"/>: the document stays in the corpus, without facts.</summary>
    public LoadProblem AsProblem(string file) => new(
        file, null, $"the {Step} step failed ({InnerException?.Message}); a bug in the kit: please report it with this article",
        ProblemAction.NotExtracted);
}
