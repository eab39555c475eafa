using System.Diagnostics;

namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>What else sits in a corpus folder: links, loops, unreadable and non-article files.</summary>
public class FolderTests
{
    private const string Good = "Coastal patrols\nBoats circled the bay. Then they left.\n";

    [Fact]
    public async Task Symlink_loops_are_reported_once_each_and_the_load_finishes()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a/story.txt", Good);
        var toParent = corpus.PathOf("a/up");
        Directory.CreateSymbolicLink(toParent, "..");                       // a/up -> corpus folder
        var toSelf = corpus.PathOf("a/self");
        Directory.CreateSymbolicLink(toSelf, corpus.PathOf("a"));           // a/self -> a
        var toAncestor = corpus.PathOf("root");
        Directory.CreateSymbolicLink(toAncestor, Path.GetDirectoryName(corpus.Folder)!); // contains the corpus
        var toSibling = corpus.PathOf("b/alias");
        Directory.CreateDirectory(corpus.PathOf("b"));
        Directory.CreateSymbolicLink(toSibling, "../a");                    // b/alias -> a, read anyway

        var load = Task.Run(corpus.Load);
        Assert.True(await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))) == load, "loading a folder with link loops did not finish");
        var loaded = await load;

        Assert.Equal(["a/story"], loaded.Documents.Select(d => d.Id));
        Assert.Equal(4, loaded.Problems.Count);
        Assert.All(loaded.Problems, p => Assert.Equal(ProblemAction.Skipped, p.Action));
        Assert.All(loaded.Problems, p => Assert.EndsWith("not followed", p.Message));
        Assert.All([toParent, toSelf, toAncestor], link => Assert.Contains("a loop", loaded.Problems.Single(p => p.File == link).Message));
        Assert.Contains("inside the corpus", loaded.Problems.Single(p => p.File == toSibling).Message);
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_corpus_is_followed_once_and_its_own_loop_reported()
    {
        using var corpus = new TempCorpus();
        using var outside = new TempCorpus();
        outside.Write("extra.txt", Good);
        Directory.CreateSymbolicLink(outside.PathOf("again"), outside.Folder); // a loop inside the linked folder
        Directory.CreateSymbolicLink(corpus.PathOf("linked"), outside.Folder);
        Directory.CreateSymbolicLink(corpus.PathOf("twice"), outside.Folder);
        File.CreateSymbolicLink(corpus.PathOf("file-link.txt"), outside.PathOf("extra.txt"));

        var loaded = corpus.Load();

        Assert.Equal(["linked/extra"], loaded.Documents.Select(d => d.Id));
        Assert.Equal(3, loaded.Problems.Count);
        Assert.Contains(loaded.Problems, p => p.File == corpus.PathOf("file-link.txt") && p.Message.Contains("same file as " + corpus.PathOf("linked/extra.txt")));
        Assert.Contains(loaded.Problems, p => p.File == corpus.PathOf("linked/again") && p.Message.Contains("a loop"));
        Assert.Contains(loaded.Problems, p => p.File == corpus.PathOf("twice") && p.Message.Contains("already read"));
    }

    [Fact]
    public void A_link_to_an_article_of_the_corpus_is_reported_and_the_article_read_once()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Write("b-story.txt", Good);
        var link = corpus.PathOf("a-latest.txt");
        File.CreateSymbolicLink(link, "b-story.txt");

        var loaded = corpus.Load();

        Assert.Equal(["b-story"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((link, ProblemAction.Skipped), (problem.File, problem.Action));
        Assert.Contains($"same file as {article}", problem.Message);
    }

    [Fact]
    public void A_dangling_link_is_an_unreadable_file_reported_even_when_running_as_root()
    {
        using var corpus = new TempCorpus();
        corpus.Write("ok.txt", Good);
        var link = corpus.PathOf("gone.txt");
        File.CreateSymbolicLink(link, corpus.PathOf("deleted-since.txt"));

        var loaded = corpus.Load();

        Assert.Equal(["ok"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((link, ProblemAction.Skipped), (problem.File, problem.Action));
        Assert.StartsWith("cannot be read", problem.Message);
    }

    [Fact]
    public async Task A_named_pipe_with_an_article_name_is_reported_and_never_opened_so_loading_does_not_block()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs on Windows file systems
        using var corpus = new TempCorpus();
        corpus.Write("ok.txt", Good);
        var fifo = corpus.PathOf("pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var load = Task.Run(corpus.Load);
        Assert.True(await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))) == load, "loading blocked on a named pipe");
        var loaded = await load;

        Assert.Equal(["ok"], loaded.Documents.Select(d => d.Id));
        Assert.Equal((fifo, ProblemAction.Skipped), (Assert.Single(loaded.Problems).File, loaded.Problems[0].Action));
    }

    // Root reads a chmod 000 file anyway, so this one proves nothing as root and says so; the
    // dangling-link and pipe tests above cover unreadable files whoever runs them.
    [NotRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // NotRootFact skips it there
    public void Files_and_folders_without_read_permission_are_reported_and_the_rest_loads()
    {
        using var corpus = new TempCorpus();
        corpus.Write("ok.txt", Good);
        var file = corpus.Write("locked.txt", Good);
        corpus.Write("closed/inner.txt", Good);
        corpus.Lock(file);
        corpus.Lock(corpus.PathOf("closed"));

        var loaded = corpus.Load();

        Assert.Equal(["ok"], loaded.Documents.Select(d => d.Id));
        Assert.Equal(2, loaded.Problems.Count);
        Assert.Contains(loaded.Problems, p => p.File == file && p.Message.StartsWith("cannot be read"));
        Assert.Contains(loaded.Problems, p => p.File == corpus.PathOf("closed") && p.Message.StartsWith("folder cannot be listed"));
    }

    [Fact]
    public void Non_article_files_beside_the_articles_are_reported_once_each_as_not_articles()
    {
        using var corpus = new TempCorpus();
        corpus.Write("story.txt", Good);
        corpus.Write("notes.MD", Good);
        var png = corpus.Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);
        var docx = corpus.Write("draft.docx", [0x50, 0x4B, 3, 4, 0, 0]);
        var yaml = corpus.Write("manifest.yaml", "story:\n  title: x\n");

        var loaded = corpus.Load();

        Assert.Equal(["notes", "story"], loaded.Documents.Select(d => d.Id));
        Assert.Equal([docx, yaml, png], loaded.Problems.Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.All(loaded.Problems, p => Assert.Equal(ProblemAction.Skipped, p.Action));
        Assert.Contains("is not an article", loaded.Problems.Single(p => p.File == png).Message);
        Assert.Contains("YAML is not read", loaded.Problems.Single(p => p.File == yaml).Message);
    }

    [Fact]
    public void A_saved_web_page_or_feed_among_the_articles_is_reported_with_the_import_command_that_reads_it()
    {
        using var corpus = new TempCorpus();
        corpus.Write("story.txt", Good);
        var page = corpus.Write("saved-page.html", "<html><body><article><p>About 500 troops arrived.</p></article></body></html>");
        var png = corpus.Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]);

        var loaded = corpus.Load();

        var message = loaded.Problems.Single(p => p.File == page).Message;
        Assert.Contains("is not an article", message);
        Assert.Contains($"analysis import {page} --into {Path.GetDirectoryName(page)}", message);
        Assert.DoesNotContain("analysis import", loaded.Problems.Single(p => p.File == png).Message);
        // A page saved under its title has spaces and marks in its name: the command quotes it, to be pasted as it is.
        var titled = corpus.Write("Troops cross | Reuters's page.html", "<html></html>");
        Assert.Contains($"analysis import '{Path.GetDirectoryName(titled)}/Troops cross | Reuters'\\''s page.html' --into ", corpus.Load().Problems.Single(p => p.File == titled).Message);
        // Every extension the importer reads as a page or a feed gets the hint.
        foreach (var extension in Analysis.Import.ImportSources.PageExtensions.Concat(Analysis.Import.ImportSources.FeedExtensions))
        {
            using var other = new TempCorpus();
            var file = other.Write("saved" + extension, "<html></html>");
            Assert.Contains("analysis import", other.Load().Problems.Single(p => p.File == file).Message);
        }
    }

    [Fact]
    public void Hidden_articles_and_folders_are_reported_while_system_clutter_is_passed_over()
    {
        using var corpus = new TempCorpus();
        corpus.Write("story.txt", Good);
        var hiddenArticle = corpus.Write(".draft.txt", Good);
        corpus.Write(".checkpoints/story-copy.txt", Good);
        corpus.Write(".DS_Store", [0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]);
        corpus.Write(".gitkeep", "");

        var loaded = corpus.Load();

        Assert.Equal(["story"], loaded.Documents.Select(d => d.Id));
        Assert.Equal([corpus.PathOf(".checkpoints"), hiddenArticle], loaded.Problems.Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.All(loaded.Problems, p => Assert.Contains("hidden", p.Message));
    }

    [Fact]
    public void Two_files_with_the_same_name_and_different_extensions_both_load_under_distinct_ids()
    {
        using var corpus = new TempCorpus();
        corpus.Write("brief.md", "Markdown copy\nFirst version of the text.\n");
        var second = corpus.Write("brief.txt", "Plain copy\nSecond version of the text.\n");

        var loaded = corpus.Load();

        Assert.Equal(["brief", "brief.txt"], loaded.Documents.Select(d => d.Id));
        Assert.Equal("Plain copy", loaded["brief.txt"].Title);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((second, ProblemAction.LoadedWithFallback), (problem.File, problem.Action));
    }
}
