using System.Diagnostics;
using Analysis.Tests.Corpus;

namespace Analysis.Tests.Output;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Frames;
using Analysis.Generation;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary><see cref="AtomicOutput"/>: what a committed, a failed and a killed run leave behind.</summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly TempCorpus work = new();

    public void Dispose() => work.Dispose();

    private string Entries() => string.Join(",", Directory.GetFileSystemEntries(work.Folder).Select(Path.GetFileName).Order());

    [Fact]
    public void A_committed_folder_replaces_the_old_one_whole()
    {
        work.Write("tables/a.csv", "old a");
        work.Write("tables/b.csv", "old b");

        using (var output = AtomicOutput.Folder(work.PathOf("tables"), _ => true))
        {
            File.WriteAllText(Path.Combine(output.Path, "a.csv"), "new a");
            Assert.Equal("old a", File.ReadAllText(work.PathOf("tables/a.csv"))); // untouched until the commit
            output.Commit();
        }

        Assert.Equal("tables", Entries());
        Assert.Equal(["a.csv"], Directory.GetFiles(work.PathOf("tables")).Select(Path.GetFileName));
        Assert.Equal("new a", File.ReadAllText(work.PathOf("tables/a.csv")));
    }

    [Fact]
    public void An_output_disposed_without_a_commit_leaves_the_destination_and_removes_its_temporary()
    {
        work.Write("tables/a.csv", "old a");
        work.Write("report.html", "old report");

        using (var folder = AtomicOutput.Folder(work.PathOf("tables"), _ => true))
        using (var file = AtomicOutput.File(work.PathOf("report.html")))
        {
            File.WriteAllText(Path.Combine(folder.Path, "a.csv"), "half");
            File.WriteAllText(file.Path, "half");
        }

        Assert.Equal("report.html,tables", Entries());
        Assert.Equal("old a", File.ReadAllText(work.PathOf("tables/a.csv")));
        Assert.Equal("old report", File.ReadAllText(work.PathOf("report.html")));
    }

    [Fact]
    public void A_file_s_temporary_is_hidden_beside_it_and_keeps_its_extension_so_a_browser_opens_it_as_html()
    {
        using var file = AtomicOutput.File(work.PathOf("out/report.html"));

        Assert.Equal(work.PathOf("out"), Path.GetDirectoryName(file.Path));
        Assert.StartsWith(".report.partial-", Path.GetFileName(file.Path));
        Assert.EndsWith(".html", file.Path);
    }

    [Fact]
    public void A_destination_that_is_a_link_stays_a_link_and_its_target_is_replaced()
    {
        work.Write("real/a.csv", "old");
        Directory.CreateSymbolicLink(work.PathOf("tables"), work.PathOf("real"));

        using (var output = AtomicOutput.Folder(work.PathOf("tables"), _ => true))
        {
            File.WriteAllText(Path.Combine(output.Path, "a.csv"), "new");
            output.Commit();
        }

        Assert.NotNull(new DirectoryInfo(work.PathOf("tables")).LinkTarget);
        Assert.Equal("new", File.ReadAllText(work.PathOf("real/a.csv")));
    }

    [Fact]
    public void A_folder_holding_what_the_run_does_not_write_is_refused_before_anything_is_written()
    {
        work.Write("out/a.csv", "a");
        work.Write("out/thesis.docx", "mine");

        var error = Assert.Throws<OutputException>(() => AtomicOutput.Folder(work.PathOf("out"), name => name.EndsWith(".csv")));

        Assert.Contains("'thesis.docx'", error.Message);
        Assert.Equal("out", Entries());
    }

    [Fact]
    public void Files_put_into_a_shared_folder_replace_their_namesakes_and_leave_the_rest()
    {
        work.Write("images/timeline.png", "old");
        work.Write("images/logo.svg", "theirs");

        using (var output = AtomicOutput.FilesIn(work.PathOf("images")))
        {
            File.WriteAllText(Path.Combine(output.Path, "timeline.png"), "new");
            output.Commit();
        }

        Assert.Equal("new", File.ReadAllText(work.PathOf("images/timeline.png")));
        Assert.Equal("theirs", File.ReadAllText(work.PathOf("images/logo.svg")));
        Assert.Equal("images", Entries());
    }

    [Fact]
    public void A_temporary_left_by_a_killed_run_is_removed_by_the_next_run_but_not_one_of_a_running_process()
    {
        using var ended = Process.Start("true")!;
        ended.WaitForExit();
        Directory.CreateDirectory(work.PathOf($".tables.partial-{ended.Id}-0badc0de"));
        Directory.CreateDirectory(work.PathOf($".tables.partial-{Environment.ProcessId}-1badc0de"));

        using (var output = AtomicOutput.Folder(work.PathOf("tables"), _ => true)) output.Commit();

        Assert.Equal($".tables.partial-{Environment.ProcessId}-1badc0de,tables", Entries());
    }

    [Fact]
    public void A_failure_names_the_final_file_not_the_temporary()
    {
        using var output = AtomicOutput.Folder(work.PathOf("tables"), _ => true);
        var error = new IOException($"No space left on device : '{Path.Combine(output.Path, "events.csv")}'");

        var failure = output.Failure(error);

        Assert.Equal(work.PathOf("tables/events.csv"), failure.File);
        Assert.Equal("no space left on device", failure.Cause);
        Assert.Equal($"cannot write {work.PathOf("tables/events.csv")}: no space left on device", failure.Message);
    }
}
