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
    // written_*: when the document was written (DocumentDate): its published day, or a window inferred from its events.
    public static readonly Table<DocumentRow> Documents = new("documents", d => [DocumentRow.Of(d)], null, new Columns<DocumentRow>
    {
        { "document", r => r.Findings.Document.Id },
        { "title", r => r.Findings.Document.Title },
        { "published", r => r.Findings.Document.Published },
        { "outlet", r => r.Findings.Document.Metadata.Outlet },
        { "url", r => r.Findings.Document.Metadata.Url },
        { "paragraphs", r => r.Findings.Document.Paragraphs.Count },
        { "sentences", r => r.Findings.Document.Sentences.Count },
        { "characters", r => r.Findings.Document.Text.Length },
        { "written_earliest", r => r.Written.Earliest },
        { "written_latest", r => r.Written.Latest },
        { "written_precision", r => r.Written.Precision },
    });

    // Where a fact was found, the first columns of each table of facts: declared once, so the tables name them alike.
    private static readonly Columns<Provenance> Place = new()
    {
        { "document", p => p.Document },
        { "sentence", p => p.Sentence },
        { "start", p => p.Span.Start },
        { "end", p => p.Span.End },
    };

    /// <summary>The columns of a troop count; troop_counts adds the claim it belongs to, then the figure's dates.</summary>
    public static readonly IReadOnlyList<Column<TroopCount>> TroopCountColumns = new Columns<TroopCount>
    {
        Place.Select(c => c.Over<TroopCount>(t => t.Provenance)),
        { "phrase", t => t.Phrase },
        { "value", t => t.Value },
        { "low", t => t.Low },
        { "high", t => t.High },
        { "hedge", t => t.Hedge },
        { "kind", t => t.Kind },
        { "status", t => t.Status },
        { "subject", t => t.Subject },
        { "attributed_to", t => t.AttributedTo },
        { "via", t => t.Via },
        { "quote", t => t.Provenance.Quote },
        { "sentence_text", t => t.Provenance.SentenceText },
    };

    // Appended after the claim (issue 18): the columns before them keep their places for readers of older files.
    private static readonly IReadOnlyList<Column<TroopCount>> DateColumns = new Columns<TroopCount>
    {
        { "as_of_earliest", t => t.AsOf.Earliest },
        { "as_of_latest", t => t.AsOf.Latest },
        { "as_of_precision", t => t.AsOf.IsKnown ? t.AsOf.Precision : (DatePrecision?)null },
        { "target_earliest", t => t.Target.Earliest },
        { "target_latest", t => t.Target.Latest },
    };

    // Appended after the dates: the outlet and published day of the figure's document, as documents.csv has them, so a
    // reader comparing outlets or days needs no join (the columns before them keep their places).
    private static readonly IReadOnlyList<Column<Document?>> OutletColumns = new Columns<Document?>
    {
        { "outlet", d => d?.Metadata.Outlet },
        { "published", d => d?.Published },
    };

    /// <summary>The troop counts with their claims, their dates, then their document's outlet and day (for frames; the export writes <see cref="HeldTroopCounts"/>).</summary>
    public static Table<(TroopCount Count, Claim Claim, Document? Document)> TroopCounts => troopCounts.Value;

    /// <summary>Each count with its claim and the document it was found in, for <see cref="TroopCounts"/>.</summary>
    public static IReadOnlyList<(TroopCount Count, Claim Claim, Document? Document)> WithDocuments(Findings findings, IEnumerable<(TroopCount Count, Claim Claim)> counts)
    {
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var d in findings.Documents) documents.TryAdd(d.Document.Id, d.Document);
        return counts.Select(c => (c.Count, c.Claim, documents.GetValueOrDefault(c.Count.Provenance.Document))).ToList();
    }

    // Frames' tables are built when first asked: `extract` never needs them, and their columns over tuples are
    // code the ReadyToRun program compiles at run time (some 40 methods of a one-article run).
    private static readonly Lazy<Table<(TroopCount Count, Claim Claim, Document? Document)>> troopCounts = new(() => new("troop_counts", null, null,
        new Columns<(TroopCount Count, Claim Claim, Document? Document)>
        {
            TroopCountColumns.Select(c => c.Over<(TroopCount Count, Claim Claim, Document? Document)>(r => r.Count)),
            { "claim", r => r.Claim.Id },
            DateColumns.Select(c => c.Over<(TroopCount Count, Claim Claim, Document? Document)>(r => r.Count)),
            OutletColumns.Select(c => c.Over<(TroopCount Count, Claim Claim, Document? Document)>(r => r.Document)),
        }));

    // The same table as the export writes it: a count's claim is known only once every report of it has
    // been read, so each row waits for its claim on disk, not in memory.
    private static readonly HeldTable HeldTroopCounts = new("troop_counts", new Columns<ClaimedCount>
    {
        TroopCountColumns.Select(c => c.Over<ClaimedCount>(r => r.Count)),
        { "claim", r => r.Claim },
        DateColumns.Select(c => c.Over<ClaimedCount>(r => r.Count)),
        { "outlet", r => r.Outlet },
        { "published", r => r.Published },
    });

    public static readonly Table<SourceMention> SourceMentions = new("source_mentions", d => d.SourceMentions, null, new Columns<SourceMention>
    {
        Place.Select(c => c.Over<SourceMention>(m => m.Provenance)),
        { "surface", m => m.Surface },
        { "source", m => m.Source },
        { "kind", m => m.Kind },
        { "country", m => m.Country },
    });

    public static readonly Table<CitedSource> Sources = new("sources", null, tally => tally.Sources.Sources(), new Columns<CitedSource>
    {
        { "source", s => s.Source },
        { "kind", s => s.Kind },
        { "country", s => s.Country },
        { "documents", s => s.Documents },
        { "mentions", s => s.Mentions },
        { "attributed_facts", s => s.AttributedFacts },
    });

    /// <summary>Every sentence with its place: a frame for notebooks (not exported: the text is already in the files).</summary>
    public static Table<(Document Document, Sentence Sentence)> Sentences => sentences.Value;

    private static readonly Lazy<Table<(Document Document, Sentence Sentence)>> sentences = new(() => new("sentences", d => d.Document.Sentences.Select(s => (d.Document, s)), null, new Columns<(Document Document, Sentence Sentence)>
    {
        { "document", x => x.Document.Id },
        { "sentence", x => x.Sentence.Index },
        { "paragraph", x => x.Sentence.Paragraph },
        { "start", x => x.Sentence.Start },
        { "end", x => x.Sentence.End },
        { "text", x => x.Sentence.Text },
    }));

    public static readonly IReadOnlyList<Table> All =
        [Documents, HeldTroopCounts, SourceMentions, Sources, EventsTable.Events, ClaimTables.Claims, ClaimTables.Revisions, ClaimTables.Contradictions, ClaimTables.Citations];
}
