namespace Analysis.Tests.Import;

using Analysis.Corpus;
using Analysis.Import;
using Analysis.Tests.Corpus;

/// <summary>Bad input is named and skipped like the loader's problems; the good sources beside it are imported.</summary>
public class ImportProblemTests
{
    public static TheoryData<string, string, string> BadPages() => new()
    {
        { "front.html", TestPages.SectionFront(), "holds no article" },
        { "french.html", TestPages.InFrench(), "is not in English" },
        { "empty.html", "", "is empty (0 bytes)" },
        { "broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Half a feed</title><item><title>Cut off", "is not a feed that can be read" },
        { "rdf.xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", "RSS 1.0 (RDF) feeds are not read" },
        { "page.mhtml", "MIME-Version: 1.0", "is a web archive (.mhtml)" },
        { "notes.docx", "PK", "is not a saved page or feed" },
    };

    [Theory]
    [MemberData(nameof(BadPages))]
    public void A_bad_source_is_one_skipped_problem_naming_it_and_the_good_one_is_imported(string name, string content, string message)
    {
        using var folder = new TempCorpus();
        var bad = folder.Write(name, content);
        var good = folder.Write("good.html", TestPages.JsonLdOnly());

        var result = Importer.Import([bad, good], new ImportOptions { Into = folder.PathOf("corpus") });

        var problem = Assert.Single(result.Problems);
        Assert.Equal((bad, ProblemAction.Skipped), (problem.File, problem.Action));
        Assert.Contains(message, problem.Message);
        Assert.Single(result.Imported);
        Assert.Single(CorpusLoader.Load(folder.PathOf("corpus")).Documents);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_not_read()
    {
        using var folder = new TempCorpus();
        var page = folder.Write("big.html", TestPages.JsonLdOnly());

        var result = Importer.Import([page], new ImportOptions { Into = folder.PathOf("corpus"), MaxBytes = 1000 });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(page, problem.File);
        Assert.Contains("over the 0 MB limit", problem.Message.Replace("0.00", "0"));
        Assert.Empty(result.Imported);
    }

    [Fact]
    public void A_missing_source_and_a_bad_line_of_the_urls_file_are_named()
    {
        using var folder = new TempCorpus();
        var urls = folder.Write("urls.txt", "# my reading list\n\nnot a link\nftp://files.example/a\n");

        var result = Importer.Import([folder.PathOf("nowhere.html")], new ImportOptions { Into = folder.PathOf("corpus") }, urls);

        Assert.Equal([(folder.PathOf("nowhere.html"), (int?)null), (urls, 3), (urls, 4)], result.Problems.Select(p => (p.File, p.Line)));
        Assert.Contains("does not exist", result.Problems[0].Message);
        Assert.Contains("'not a link' is not an http(s) address", result.Problems[1].Message);
    }

    [Fact]
    public void A_broken_JSON_LD_block_falls_back_to_the_other_metadata_and_says_so()
    {
        using var folder = new TempCorpus();
        var page = folder.Write("page.html", TestPages.Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Cut off</script>
            <meta property="article:published_time" content="2024-11-05">
            """));

        var result = Importer.Import([page], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Equal(new DateOnly(2024, 11, 5), Assert.Single(result.Imported).Metadata.Published);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((page, ProblemAction.LoadedWithFallback), (problem.File, problem.Action));
        Assert.Contains("JSON-LD block is not valid JSON", problem.Message);
    }

    [Fact]
    public void A_broken_manifest_stops_the_import_before_anything_is_written()
    {
        using var folder = new TempCorpus();
        folder.Write("corpus/manifest.json", "{ \"a\": { \"title\": ");
        var page = folder.Write("page.html", TestPages.JsonLdOnly());

        var result = Importer.Import([page], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Empty(result.Imported);
        Assert.Contains("nothing was imported", Assert.Single(result.Problems).Message);
        Assert.Equal(["manifest.json"], Directory.GetFiles(folder.PathOf("corpus")).Select(Path.GetFileName));
    }
}

/// <summary>The command: problems go to stderr, the good sources are imported either way, and only --strict makes the exit code 3.</summary>
public class ImportCommandTests
{
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public void Strict_turns_problems_into_exit_code_3(bool strict, int expected)
    {
        using var folder = new TempCorpus();
        var bad = folder.Write("front.html", TestPages.SectionFront());
        var good = folder.Write("good.html", TestPages.JsonLdOnly());

        var (code, stdout) = Analysis.Tests.Extraction.Cli.Run(["import", bad, good, "--into", folder.PathOf("corpus"), .. strict ? new[] { "--strict" } : []]);

        Assert.Equal(expected, code);
        Assert.Contains("1 imported, 0 already there", stdout);
        Assert.Contains("(2024-11-04, Harbour Post, Mira Okafor, Tae-yang Ruiz)", stdout);
    }

    [Fact]
    public void Nothing_to_import_is_an_argument_error()
    {
        var (code, _) = Analysis.Tests.Extraction.Cli.Run("import");
        Assert.Equal(2, code);
    }
}

/// <summary>The README tells a new user how to import, with commands the CLI accepts.</summary>
public class ImportReadmeTests
{
    [Fact]
    public void Adding_articles_shows_the_import_commands_and_each_one_parses()
    {
        var repository = Path.GetDirectoryName(CorpusLoader.FindDefaultFolder(AppContext.BaseDirectory))!;
        var readme = File.ReadAllText(Path.Combine(repository, "README.md"));
        var section = readme[readme.IndexOf("## Adding articles", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];

        var commands = section.Split('\n').Where(l => l.StartsWith("./analysis import", StringComparison.Ordinal))
            .Select(l => l.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]).ToList();

        Assert.Equal(4, commands.Count);
        // Run as written, into an empty folder: the files they name do not exist here, so each imports nothing and
        // reports that (exit 0, or 3 under --strict); an option the command did not know would be exit 1 or 2.
        using var folder = new Analysis.Tests.Corpus.TempCorpus();
        foreach (var args in commands)
        {
            var into = Array.IndexOf(args, "--into");
            if (into >= 0) args[into + 1] = folder.Folder;
            var (code, stdout) = Analysis.Tests.Extraction.Cli.Run([.. args, .. into >= 0 ? Array.Empty<string>() : ["--into", folder.Folder]]);
            Assert.Equal(args.Contains("--strict") ? 3 : 0, code);
            Assert.Contains("0 imported", stdout);
        }
    }
}
