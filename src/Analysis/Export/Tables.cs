namespace Analysis.Export;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Claims;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The exported tables and their columns, in one place: the CSV and JSON files and the Deedle
/// frames are all made from these, so their columns cannot drift apart. Adding a table (events.csv)
/// is one more definition here and one more entry in <see cref="All"/>.
/// </summary>
internal static class Tables
{
    private static Column<T> C<T>(string name, Func<T, object?> value) => new(name, value);

    // written_*: when the document was written (DocumentDate): its published day, or a window inferred from its events.
    public static readonly Table<DocumentRow> Documents = new("documents", d => [DocumentRow.Of(d)], null,
    [
        C<DocumentRow>("document", r => r.Findings.Document.Id),
        C<DocumentRow>("title", r => r.Findings.Document.Title),
        C<DocumentRow>("published", r => r.Findings.Document.Published),
        C<DocumentRow>("outlet", r => r.Findings.Document.Metadata.Outlet),
        C<DocumentRow>("url", r => r.Findings.Document.Metadata.Url),
        C<DocumentRow>("paragraphs", r => r.Findings.Document.Paragraphs.Count),
        C<DocumentRow>("sentences", r => r.Findings.Document.Sentences.Count),
        C<DocumentRow>("characters", r => r.Findings.Document.Text.Length),
        C<DocumentRow>("written_earliest", r => r.Written.Earliest),
        C<DocumentRow>("written_latest", r => r.Written.Latest),
        C<DocumentRow>("written_precision", r => r.Written.Precision),
    ]);

    /// <summary>The columns of a troop count; troop_counts adds the claim it belongs to, then the figure's dates.</summary>
    public static readonly IReadOnlyList<Column<TroopCount>> TroopCountColumns =
    [
        C<TroopCount>("document", t => t.Provenance.Document),
        C<TroopCount>("sentence", t => t.Provenance.Sentence),
        C<TroopCount>("start", t => t.Provenance.Span.Start),
        C<TroopCount>("end", t => t.Provenance.Span.End),
        C<TroopCount>("phrase", t => t.Phrase),
        C<TroopCount>("value", t => t.Value),
        C<TroopCount>("low", t => t.Low),
        C<TroopCount>("high", t => t.High),
        C<TroopCount>("hedge", t => t.Hedge),
        C<TroopCount>("kind", t => t.Kind),
        C<TroopCount>("status", t => t.Status),
        C<TroopCount>("subject", t => t.Subject),
        C<TroopCount>("attributed_to", t => t.AttributedTo),
        C<TroopCount>("via", t => t.Via),
        C<TroopCount>("quote", t => t.Provenance.Quote),
        C<TroopCount>("sentence_text", t => t.Provenance.SentenceText),
    ];

    // Appended after the claim (issue 18): the columns before them keep their places for readers of older files.
    private static readonly IReadOnlyList<Column<TroopCount>> DateColumns =
    [
        C<TroopCount>("as_of_earliest", t => t.AsOf.Earliest),
        C<TroopCount>("as_of_latest", t => t.AsOf.Latest),
        C<TroopCount>("as_of_precision", t => t.AsOf.IsKnown ? t.AsOf.Precision : null),
        C<TroopCount>("target_earliest", t => t.Target.Earliest),
        C<TroopCount>("target_latest", t => t.Target.Latest),
    ];

    /// <summary>The troop counts with their claims, then their dates (for frames; the export writes <see cref="HeldTroopCounts"/>).</summary>
    public static readonly Table<(TroopCount Count, Claim Claim)> TroopCounts = new("troop_counts", null, null,
        [.. TroopCountColumns.Select(c => C<(TroopCount Count, Claim Claim)>(c.Name, r => c.Value(r.Count))), C<(TroopCount Count, Claim Claim)>("claim", r => r.Claim.Id),
            .. DateColumns.Select(c => C<(TroopCount Count, Claim Claim)>(c.Name, r => c.Value(r.Count)))]);

    // The same table as the export writes it: a count's claim is known only once every report of it has
    // been read, so each row waits for its claim on disk, not in memory.
    private static readonly HeldTable HeldTroopCounts = new(TroopCounts.Name, TroopCounts.Columns,
        d => d.TroopCounts.Select(t => TroopCountColumns.Concat(DateColumns).Select(c => c.Value(t)).ToArray()), tally => tally.Claims.ClaimIds(),
        lastCellAt: TroopCountColumns.Count);

    public static readonly Table<SourceMention> SourceMentions = new("source_mentions", d => d.SourceMentions, null,
    [
        C<SourceMention>("document", m => m.Provenance.Document),
        C<SourceMention>("sentence", m => m.Provenance.Sentence),
        C<SourceMention>("start", m => m.Provenance.Span.Start),
        C<SourceMention>("end", m => m.Provenance.Span.End),
        C<SourceMention>("surface", m => m.Surface),
        C<SourceMention>("source", m => m.Source),
        C<SourceMention>("kind", m => m.Kind),
        C<SourceMention>("country", m => m.Country),
    ]);

    public static readonly Table<CitedSource> Sources = new("sources", null, tally => tally.Sources.Sources(),
    [
        C<CitedSource>("source", s => s.Source),
        C<CitedSource>("kind", s => s.Kind),
        C<CitedSource>("country", s => s.Country),
        C<CitedSource>("documents", s => s.Documents),
        C<CitedSource>("mentions", s => s.Mentions),
        C<CitedSource>("attributed_facts", s => s.AttributedFacts),
    ]);

    /// <summary>Every sentence with its place: a frame for notebooks (not exported: the text is already in the files).</summary>
    public static readonly Table<(Document Document, Sentence Sentence)> Sentences = new("sentences", d => d.Document.Sentences.Select(s => (d.Document, s)), null,
    [
        C<(Document Document, Sentence Sentence)>("document", x => x.Document.Id),
        C<(Document Document, Sentence Sentence)>("sentence", x => x.Sentence.Index),
        C<(Document Document, Sentence Sentence)>("paragraph", x => x.Sentence.Paragraph),
        C<(Document Document, Sentence Sentence)>("start", x => x.Sentence.Start),
        C<(Document Document, Sentence Sentence)>("end", x => x.Sentence.End),
        C<(Document Document, Sentence Sentence)>("text", x => x.Sentence.Text),
    ]);

    public static readonly IReadOnlyList<Table> All =
        [Documents, HeldTroopCounts, SourceMentions, Sources, EventsTable.Events, ClaimTables.Claims, ClaimTables.Revisions, ClaimTables.Contradictions, ClaimTables.Citations];
}
