using System.Text.RegularExpressions;

namespace Analysis.Tests.Report;

using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>What a reader of a shared report sees: the corpus as it was named, never the machine's paths; documents by title.</summary>
public class ReportUserPathTests
{
    private static readonly Findings Seed = Extractor.Default.Extract(CorpusLoader.Load());

    [Fact]
    public void The_report_shows_the_corpus_path_as_given_on_the_command_line()
    {
        var out_ = Path.Combine(Directory.CreateTempSubdirectory("analysis-report-path-").FullName, "report.html");
        var given = Path.GetRelativePath(Directory.GetCurrentDirectory(), Seed.Corpus.Folder);
        Assert.False(Path.IsPathRooted(given));

        var (code, _) = Analysis.Tests.Extraction.Cli.Run("report", "--corpus", given, "--out", out_);

        Assert.Equal(0, code);
        var html = File.ReadAllText(out_);
        Assert.Contains($"from <code>{given}</code>", html);
        Assert.DoesNotContain(Seed.Corpus.Folder, html);
        Directory.Delete(Path.GetDirectoryName(out_)!, recursive: true);
    }

    [Fact]
    public void By_default_the_corpus_is_shown_relative_to_the_current_folder()
    {
        var html = Report.Render(Seed);
        Assert.Contains($"from <code>{Path.GetRelativePath(Directory.GetCurrentDirectory(), Seed.Corpus.Folder)}</code>", html);
        Assert.DoesNotContain(Seed.Corpus.Folder, html);
    }

    [Fact]
    public void The_where_column_names_documents_by_title()
    {
        var html = Report.Render(Seed);
        var title = System.Net.WebUtility.HtmlEncode(Seed.Corpus.Documents[0].Title);
        Assert.Matches(new Regex(Regex.Escape(title) + @", sentence \d+ \["), html);
        Assert.DoesNotMatch(new Regex(Regex.Escape(Seed.Corpus.Documents[0].Id) + @", sentence \d+"), html);
    }
}
