namespace Analysis.Export;

using Analysis.Extraction;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary>
/// Writes the tables (documents, troop_counts, source_mentions, sources, events, claims…) as CSV, JSON or
/// Parquet files with stable columns. From a stream of per-document findings the files are written as documents
/// come, so a large corpus never has to be held in memory; the corpus-wide tables (sources, and the
/// claims with the troop counts that name them) are written at the end. The folder is written all or nothing, with its record run.json
/// (<see cref="WriteRun"/>): a reader sees the previous tables or the new ones, never a part.
/// </summary>
public static class Export
{
    /// <summary>The tables written, in order, as file names without extension.</summary>
    public static IReadOnlyList<string> TableNames => Tables.All.Select(t => t.Name).ToArray();

    /// <summary>The column names of a table, as in its header row.</summary>
    public static IReadOnlyList<string> ColumnsOf(string table) =>
        Tables.All.FirstOrDefault(t => t.Name == table)?.Columns ?? throw new ArgumentException($"No table '{table}'; tables: {string.Join(", ", TableNames)}.", nameof(table));

    /// <summary>
    /// Writes the findings' tables into <paramref name="folder"/> and returns the paths written. In CSV, text that
    /// a spreadsheet would run as a formula gets a leading apostrophe unless <paramref name="csvRaw"/>; JSON is
    /// always the text as found.
    /// </summary>
    public static IReadOnlyList<string> Write(Findings findings, string folder, ExportFormat format = ExportFormat.Csv, bool csvRaw = false) =>
        PathsOf(WriteRun(ByDocument(findings), folder, format, RunSource.Of(findings.Corpus), csvRaw: csvRaw), folder);

    /// <summary>Writes tables from findings streamed one document at a time; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(IEnumerable<DocumentFindings> documents, string folder, ExportFormat format = ExportFormat.Csv, bool csvRaw = false) =>
        PathsOf(WriteRun(documents, folder, format, csvRaw: csvRaw), folder);

    /// <summary>
    /// Writes the tables, all or nothing, with their record <c>run.json</c> (see <see cref="RunRecord"/>).
    /// The files stream into a temporary folder beside <paramref name="folder"/>, which replaces it
    /// only when every table and the record are written: a failed or stopped run (a write error,
    /// <paramref name="cancellation"/>, checked before each document) leaves the folder as it was.
    /// A write error is an <see cref="OutputException"/> naming the table and the cause.
    /// </summary>
    public static RunRecord WriteRun(IEnumerable<DocumentFindings> documents, string folder, ExportFormat format = ExportFormat.Csv,
        RunSource? source = null, CancellationToken cancellation = default, bool csvRaw = false)
    {
        var started = DateTimeOffset.Now;
        using var output = AtomicOutput.Folder(folder, IsWrittenByARun);
        try
        {
            var (tables, count) = WriteTables(documents, output.Path, format, cancellation, csvRaw);
            // A stop that comes while the last rows are written still stops the run: nothing is done until the commit.
            cancellation.ThrowIfCancellationRequested();
            var record = new RunRecord(RunRecord.CurrentKitVersion, source?.Corpus, count, source?.Problems() ?? 0, tables, started, DateTimeOffset.Now);
            record.Write(output.Path);
            output.Commit();
            return record;
        }
        catch (Exception e) when (AtomicOutput.IsWriteFailure(e))
        {
            throw output.Failure(e);
        }
    }

    private static IReadOnlyList<string> PathsOf(RunRecord record, string folder) =>
        record.Tables.Select(t => Path.Combine(Path.GetFullPath(folder), t.File)).ToArray();

    // What an earlier run may have left in the folder it replaces: tables in any format, and the record.
    private static bool IsWrittenByARun(string name) =>
        name == RunRecord.FileName || Tables.All.Any(t => name.StartsWith(t.Name + ".", StringComparison.Ordinal));

    private static (IReadOnlyList<TableRecord> Tables, int Documents) WriteTables(IEnumerable<DocumentFindings> documents, string folder, ExportFormat format, CancellationToken cancellation, bool csvRaw)
    {
        var extension = format switch { ExportFormat.Json => ".json", ExportFormat.Parquet => ".parquet", _ => ".csv" };
        var sinks = new List<ITableSink>();
        var rows = new long[Tables.All.Count];
        var spills = new TroopCountSpill?[Tables.All.Count];
        var count = 0;
        var writing = -1; // the sink being written, to name its file if the write fails
        try
        {
            foreach (var table in Tables.All)
            {
                var path = Path.Combine(folder, table.Name + extension);
                sinks.Add(format switch
                {
                    ExportFormat.Json => new JsonTableSink(path, table.Columns),
                    ExportFormat.Parquet => new ParquetTableSink(path, table.Columns),
                    _ => new CsvTableSink(path, table.Columns, csvRaw),
                });
                if (table is HeldTable) spills[sinks.Count - 1] = new TroopCountSpill(Path.Combine(folder, "." + table.Name + ".held"));
            }
            var tally = new Tally();
            foreach (var document in documents)
            {
                cancellation.ThrowIfCancellationRequested();
                count++;
                tally.Add(document);
                for (writing = 0; writing < Tables.All.Count; writing++)
                {
                    rows[writing] += Tables.All[writing].WriteRowsOf(document, sinks[writing]);
                    if (spills[writing] is { } spill) HeldTable.Hold(document, spill);
                }
                writing = -1;
            }
            for (writing = 0; writing < Tables.All.Count; writing++)
            {
                cancellation.ThrowIfCancellationRequested();
                rows[writing] += Tables.All[writing].WriteFinalRows(tally, sinks[writing]);
                if (Tables.All[writing] is HeldTable held && spills[writing] is { } spill)
                {
                    rows[writing] += held.WriteHeld(tally, spill, sinks[writing]);
                    spill.Dispose();
                }
            }
            // Closed here, so that a failure of the last flush (a full disk) fails the run.
            for (writing = 0; writing < sinks.Count; writing++) sinks[writing].Dispose();
            writing = -1;
            // Hashed from the page cache once written, the tables side by side: SHA-256 runs at about
            // 380 MB/s a core here, a few percent of the run for tables three times the corpus. Small
            // tables are hashed in turn: for them, starting the parallel query (and, at the first run of
            // a process, compiling its machinery) costs more than the hashing.
            var bytes = sinks.Sum(s => new FileInfo(s.Path).Length);
            var indexes = Enumerable.Range(0, sinks.Count);
            var records = (bytes < HashInParallelAbove ? indexes : indexes.AsParallel().AsOrdered())
                .Select(i => TableRecord.Of(Tables.All[i].Name, sinks[i].Path, rows[i])).ToArray();
            return (records, count);
        }
        catch (Exception e)
        {
            // The run failed: the temporary folder is removed, so the sinks need only let go of their files.
            foreach (var sink in sinks.Concat<IDisposable>(spills.OfType<TroopCountSpill>()))
            {
                try { sink.Dispose(); }
                catch (Exception) { /* the first error is the one reported */ }
            }
            if (writing >= 0 && writing < sinks.Count && AtomicOutput.IsWriteFailure(e))
                throw new OutputException(sinks[writing].Path, AtomicOutput.CauseOf(e), e);
            throw;
        }
    }

    private const long HashInParallelAbove = 16L * 1024 * 1024;

    /// <summary>The findings regrouped per document, in corpus order (events keep their corpus-wide order).</summary>
    internal static IEnumerable<DocumentFindings> ByDocument(Findings findings)
    {
        var counts = findings.TroopCounts.ToLookup(t => t.Provenance.Document);
        var mentions = findings.SourceMentions.ToLookup(m => m.Provenance.Document);
        var events = findings.Events.ToLookup(e => e.Provenance.Document);
        return findings.Corpus.Documents.Select(d => new DocumentFindings(d, counts[d.Id].ToArray(), mentions[d.Id].ToArray(), events[d.Id].ToArray()));
    }
}
