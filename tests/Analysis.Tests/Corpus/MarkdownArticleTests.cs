namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>A .md article is read for its prose: Markdown's marks are not words, and offsets stay those of the file.</summary>
public class MarkdownArticleTests
{
    [Theory]
    [InlineData("# Troops head west", "Troops head west")]
    [InlineData("## **Troops** head _west_", "Troops head west")]
    [InlineData("Troops head west", "Troops head west")]
    public void The_headline_is_read_without_its_marks(string line, string headline)
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", line + "\n\nAbout 1,500 North Korean troops were sent, the Pentagon said.\n");

        Assert.Equal(headline, corpus.Load()["west"].Title);
    }

    [Fact]
    public void Emphasis_links_and_code_give_their_words_at_the_files_offsets()
    {
        const string file = "# Troops head west\n\n**About** 1,500 North Korean troops were sent, the [Pentagon](https://example.com/a) said.\n\n```\n3,000 in a code block\n```\n";
        using var corpus = new TempCorpus();
        corpus.Write("west.md", file);

        var findings = Kit.Analyze(corpus.Load());

        var count = Assert.Single(findings.TroopCounts);
        Assert.Equal(1500, count.Value);
        Assert.Equal(Analysis.Extraction.Hedge.Approximate, count.Hedge);
        Assert.Equal("Pentagon", count.AttributedTo);
        var document = findings.Corpus["west"];
        Assert.Equal(file.Length, document.Text.Length);
        Assert.Equal("1,500", file.Substring(document.Text.IndexOf("1,500", StringComparison.Ordinal), 5));
        Assert.DoesNotContain("example.com", document.Text);
        Assert.DoesNotContain("**", document.Text);
    }

    [Fact]
    public void A_txt_article_keeps_its_asterisks()
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.txt", "Troops head west\n\n**About** 1,500 North Korean troops were sent.\n");

        Assert.Contains("**About**", corpus.Load()["west"].Text);
    }
}
