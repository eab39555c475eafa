using Analysis.Claims;
using Analysis.Extraction;
using Analysis.Pipeline;

namespace Analysis.Export;

/// <summary>What the corpus-wide tables need from a stream of documents: the sources' counts and the reports of figures.</summary>
internal sealed class Tally
{
    public SourceTally Sources { get; } = new();
    public ClaimTally Claims { get; } = new();

    public void Add(DocumentFindings findings)
    {
        Sources.Add(findings);
        Claims.Add(findings);
    }
}
