using Analysis.Tests.Corpus;

namespace Analysis.Tests.Output;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Frames;
using Analysis.Generation;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary>
/// `analysis extract` stopped or killed mid-run, through the real process (#20): whatever the moment,
/// the folder holds the previous tables byte for byte, and nothing is left under a final name. The
/// moment is read from the run's own temporary folder: as reading starts, halfway through, and near
/// the end, while events.csv (the last table) is being written.
/// </summary>
public sealed class InterruptedRunTests(InterruptedRunTests.Corpora corpora) : IClassFixture<InterruptedRunTests.Corpora>
{
    /// <summary>A generated corpus big enough to interrupt (a few seconds of work for a Debug build), and what a whole run of it writes.</summary>
    public sealed class Corpora : IDisposable
    {
        private readonly TempCorpus big = new();
        private readonly TempCorpus expected = new();

        public Corpora()
        {
            CorpusGenerator.Write(big.Folder, 200 * 1024, seed: 20);
            Export.WriteRun(CorpusLoader.Stream(big.Folder).Extract(), expected.Folder);
            EventsBytes = new FileInfo(Path.Combine(expected.Folder, "events.csv")).Length;
        }

        public string Big => big.Folder;

        /// <summary>The tables of a whole run over <see cref="Big"/>.</summary>
        public string Expected => expected.Folder;

        public long EventsBytes { get; }

        public void Dispose()
        {
            big.Dispose();
            expected.Dispose();
        }
    }

    /// <summary>A folder holding the tables of an earlier run (of another corpus) at <c>tables/</c>.</summary>
    private sealed class EarlierRun : IDisposable
    {
        private readonly TempCorpus work = new();

        public EarlierRun()
        {
            using var small = new TempCorpus();
            small.Write("harbour.txt", "Harbour watch\n\nAbout 1,500 North Korean troops landed at the port, officials said.\n");
            small.Write("depot.txt", "Depot\n\nSome 3,000 soldiers were seen near the depot, Yonhap reported.\n");
            Export.WriteRun(CorpusLoader.Stream(small.Folder).Extract(), Tables);
            Before = Snapshot();
        }

        public string Folder => work.Folder;
        public string Tables => Path.Combine(work.Folder, "tables");
        public Dictionary<string, byte[]> Before { get; }

        public Dictionary<string, byte[]> Snapshot() =>
            Directory.GetFiles(Tables).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        /// <summary>The run's temporary folder beside tables/, once it exists.</summary>
        public string? Temporary() => Directory.GetDirectories(Folder, ".tables.partial-*").FirstOrDefault();

        public void AssertUnchanged()
        {
            var after = Snapshot();
            Assert.Equal(Before.Keys.Order(), after.Keys.Order());
            foreach (var (name, bytes) in Before) Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} changed");
            // Nothing beside tables/ but hidden temporaries of a killed run.
            Assert.All(Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName), n => Assert.True(n == "tables" || n!.StartsWith(".tables.partial-"), n));
        }

        public void Dispose() => work.Dispose();
    }

    // Waits until the run has written `fraction` of the final events.csv into its temporary folder (0: the
    // folder exists, reading has started), and fails if the run ended first. The run goes on in slices of
    // a few milliseconds and is held (SIGSTOP) while its progress is read, so that a loaded machine that
    // starves this thread cannot let the run finish between two looks; it is left held: Interrupt resumes it.
    private void WaitUntil(CliProcess cli, EarlierRun run, double fraction)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            cli.Signal(CliProcess.SIGSTOP);
            if (cli.HasExited) Assert.Fail($"the run ended before {fraction:P0} of events.csv was written: {cli.WaitForExit()}");
            if (run.Temporary() is { } temp)
            {
                var events = new FileInfo(Path.Combine(temp, "events.csv"));
                if (fraction == 0 || (events.Exists && events.Length >= fraction * corpora.EventsBytes)) return;
            }
            cli.Signal(CliProcess.SIGCONT);
            Thread.Sleep(5);
        }
        Assert.Fail("the run did not get that far in 120 s");
    }

    // Sends a held run the signal and lets it go on, so that it meets the signal where WaitUntil held it.
    private static void Interrupt(CliProcess cli, int signal)
    {
        cli.Signal(signal);
        cli.Signal(CliProcess.SIGCONT);
    }

    [Theory]
    [InlineData(CliProcess.SIGTERM, 0.0)]
    [InlineData(CliProcess.SIGTERM, 0.5)]
    [InlineData(CliProcess.SIGTERM, 0.8)]
    [InlineData(CliProcess.SIGINT, 0.0)]
    public void A_stopped_run_says_so_at_once_and_when_stopped_removes_its_temporary_and_leaves_the_previous_tables(int signal, double at)
    {
        using var run = new EarlierRun();
        using var cli = CliProcess.Start("extract", "--corpus", corpora.Big, "--out", run.Tables);
        WaitUntil(cli, run, at);

        Interrupt(cli, signal);
        var (exit, _, stderr) = cli.WaitForExit();

        Assert.Equal(128 + signal, exit);
        Assert.Equal($"{Acknowledged(signal)}\nstopped; the previous results in {run.Tables} are unchanged", stderr.TrimEnd());
        run.AssertUnchanged();
        Assert.Null(run.Temporary());
        Kit.LoadTables(run.Tables); // still the earlier run, whole: its record matches
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void A_killed_run_leaves_the_previous_tables_and_nothing_under_a_final_name(double at)
    {
        using var run = new EarlierRun();
        using var cli = CliProcess.Start("extract", "--corpus", corpora.Big, "--out", run.Tables);
        WaitUntil(cli, run, at);

        Interrupt(cli, CliProcess.SIGKILL);
        Assert.Equal(137, cli.WaitForExit().Exit);

        run.AssertUnchanged();
        Kit.LoadTables(run.Tables);
    }

    [Fact]
    public void A_second_ctrl_c_ends_the_run_at_once_and_still_leaves_the_previous_tables()
    {
        using var run = new EarlierRun();
        using var cli = CliProcess.Start("extract", "--corpus", corpora.Big, "--out", run.Tables);
        WaitUntil(cli, run, 0.0);

        // One at a time: two signals of a kind sent to a held process would arrive as one.
        Interrupt(cli, CliProcess.SIGINT);
        cli.Signal(CliProcess.SIGINT);

        Assert.Equal(130, cli.WaitForExit().Exit);
        run.AssertUnchanged();
    }

    [Fact]
    public void After_a_killed_run_the_next_run_replaces_the_tables_whole_removes_the_leftover_and_records_them_in_run_json()
    {
        using var run = new EarlierRun();
        using (var killed = CliProcess.Start("extract", "--corpus", corpora.Big, "--out", run.Tables))
        {
            WaitUntil(killed, run, 0.0);
            Interrupt(killed, CliProcess.SIGKILL);
            killed.WaitForExit();
        }
        Assert.NotNull(run.Temporary());

        var started = DateTimeOffset.Now.AddSeconds(-1);
        var (exit, stdout, stderr) = CliProcess.Run("extract", "--corpus", corpora.Big, "--out", run.Tables);

        Assert.True(exit == 0, stderr);
        Assert.Null(run.Temporary());
        Assert.Equal(["tables"], Directory.GetFileSystemEntries(run.Folder).Select(Path.GetFileName));
        var tables = run.Snapshot();
        Assert.Equal(Export.TableNames.Select(t => t + ".csv").Append(RunRecord.FileName).Order(), tables.Keys.Order());
        foreach (var name in Export.TableNames.Select(t => t + ".csv"))
            Assert.True(File.ReadAllBytes(Path.Combine(corpora.Expected, name)).AsSpan().SequenceEqual(tables[name]), $"{name} differs from a whole run's");
        Assert.Contains(RunRecord.FileName, stdout);

        // The record: what was read, and each table's rows and SHA-256 as they are on disk.
        var loaded = Kit.LoadTables(run.Tables);
        var record = loaded.Run;
        Assert.Equal(RunRecord.CurrentKitVersion, record.KitVersion);
        Assert.Equal(corpora.Big, record.Corpus);
        Assert.Equal(Directory.GetFiles(corpora.Big, "*.txt", SearchOption.AllDirectories).Length, record.Documents);
        Assert.Equal(0, record.Problems);
        Assert.InRange(record.Started, started, record.Finished);
        Assert.InRange(record.Finished, record.Started, DateTimeOffset.Now);
        Assert.Equal(Export.TableNames, record.Tables.Select(t => t.Name));
        foreach (var table in record.Tables)
        {
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(tables[table.File])), table.Sha256);
            Assert.Equal(table.Rows, loaded[table.Name].RowCount);
        }
        Assert.Equal(record.Documents, loaded.Documents.RowCount);
        Assert.True(loaded.TroopCounts.RowCount > record.Documents / 2, "a generated article has troop figures");
    }

    [Fact]
    public void A_stopped_report_leaves_the_previous_report()
    {
        using var run = new EarlierRun();
        var report = Path.Combine(run.Folder, "report.html");
        File.WriteAllText(report, "the report of an earlier run");
        using var cli = CliProcess.Start("report", "--corpus", corpora.Big, "--out", report);
        // The report's temporary exists from the start; the run is then reading and extracting the corpus.
        while (!cli.HasExited && Directory.GetFiles(run.Folder, ".report.partial-*.html").Length == 0) Thread.Sleep(5);

        cli.Signal(CliProcess.SIGTERM);
        var (exit, _, stderr) = cli.WaitForExit();

        Assert.Equal(143, exit);
        Assert.Equal($"{Acknowledged(CliProcess.SIGTERM)}\nstopped; the previous results in {report} are unchanged", stderr.TrimEnd());
        Assert.Equal("the report of an earlier run", File.ReadAllText(report));
        Assert.Empty(Directory.GetFiles(run.Folder, ".report*"));
    }

    [Fact]
    public void A_file_size_limit_mid_run_is_one_line_naming_the_table_exit_2_and_the_previous_tables()
    {
        using var run = new EarlierRun();
        using var cli = CliProcess.StartWithFileSizeLimit(256, "extract", "--corpus", corpora.Big, "--out", run.Tables);

        var (exit, _, stderr) = cli.WaitForExit();

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: cannot write {Path.Combine(run.Tables, "events.csv")}: file too large", line);
        Assert.Contains("ulimit -f", line);
        run.AssertUnchanged();
        Assert.Null(run.Temporary());
    }

    // The first signal is answered at once: the run stops only at its next document, which can take a while.
    private static string Acknowledged(int signal) => signal == CliProcess.SIGINT
        ? "stopping after the current document (Ctrl-C again ends it now)…"
        : "stopping after the current document…";
}
