namespace Analysis.Export;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>A row of the documents table: a document's findings and when it was written, worked out once.</summary>
internal sealed record DocumentRow(DocumentFindings Findings, EventDate Written)
{
    public static DocumentRow Of(DocumentFindings findings) => new(findings, DocumentDate.Of(findings.Document, findings.Events));
}
