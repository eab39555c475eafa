namespace Analysis.Export;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// Writes the tables (documents, troop_counts, source_mentions, sources) as CSV or JSON files with
/// stable columns. From a stream of per-document findings the files are written as documents come,
/// so a large corpus never has to be held in memory; the sources table, a corpus-wide count, is
/// written at the end.
/// </summary>
public static class Export
{
    /// <summary>The tables written, in order, as file names without extension.</summary>
    public static IReadOnlyList<string> TableNames => Tables.All.Select(t => t.Name).ToArray();

    /// <summary>The column names of a table, as in its header row.</summary>
    public static IReadOnlyList<string> ColumnsOf(string table) =>
        Tables.All.FirstOrDefault(t => t.Name == table)?.Columns ?? throw new ArgumentException($"No table '{table}'; tables: {string.Join(", ", TableNames)}.", nameof(table));

    /// <summary>Writes the findings' tables into <paramref name="folder"/> and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(Findings findings, string folder, ExportFormat format = ExportFormat.Csv) =>
        Write(ByDocument(findings), folder, format);

    /// <summary>Writes tables from findings streamed one document at a time; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(IEnumerable<DocumentFindings> documents, string folder, ExportFormat format = ExportFormat.Csv)
    {
        Directory.CreateDirectory(folder);
        var extension = format == ExportFormat.Csv ? ".csv" : ".json";
        var sinks = new List<ITableSink>();
        try
        {
            foreach (var table in Tables.All)
            {
                var path = Path.Combine(folder, table.Name + extension);
                sinks.Add(format == ExportFormat.Csv ? new CsvTableSink(path, table.Columns) : new JsonTableSink(path, table.Columns));
            }
            var tally = new SourceTally();
            foreach (var document in documents)
            {
                tally.Add(document);
                for (var i = 0; i < Tables.All.Count; i++)
                    foreach (var row in Tables.All[i].RowsOf(document)) sinks[i].WriteRow(row);
            }
            for (var i = 0; i < Tables.All.Count; i++)
                foreach (var row in Tables.All[i].FinalRows(tally)) sinks[i].WriteRow(row);
            return sinks.Select(s => s.Path).ToArray();
        }
        finally
        {
            foreach (var sink in sinks) sink.Dispose();
        }
    }

    /// <summary>The findings regrouped per document, in corpus order (events keep their corpus-wide order).</summary>
    internal static IEnumerable<DocumentFindings> ByDocument(Findings findings)
    {
        var counts = findings.TroopCounts.ToLookup(t => t.Provenance.Document);
        var mentions = findings.SourceMentions.ToLookup(m => m.Provenance.Document);
        var events = findings.Events.ToLookup(e => e.Provenance.Document);
        return findings.Corpus.Documents.Select(d => new DocumentFindings(d, counts[d.Id].ToArray(), mentions[d.Id].ToArray(), events[d.Id].ToArray()));
    }
}
