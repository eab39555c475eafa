namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>The one-line summaries a notebook cell and `analysis report` print say "1 document", not "1 documents".</summary>
public class SummaryWordsTests
{
    [Fact]
    public void A_corpus_of_one_article_with_one_problem_says_so_in_the_singular()
    {
        using var corpus = new TempCorpus();
        corpus.Write("story.txt", "Coastal patrols\nBoats circled the bay.\n");
        corpus.Write("empty.txt", "");

        Assert.Equal($"1 document from {corpus.Folder}, 1 problem", corpus.Load().ToString());
    }

    [Fact]
    public void Two_articles_and_no_problem_are_counted_in_the_plural()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Coastal patrols\nBoats circled the bay.\n");
        corpus.Write("b.txt", "Inland patrols\nTrucks circled the town.\n");

        Assert.Equal($"2 documents from {corpus.Folder}, 0 problems", corpus.Load().ToString());
    }

    [Fact]
    public void Findings_of_one_article_count_each_table_in_the_singular_or_plural_as_it_falls()
    {
        using var corpus = new TempCorpus();
        corpus.Write("story.txt", "Troops arrive\nAbout 2,000 soldiers arrived on Monday, the ministry said.\n");

        var findings = Kit.Analyze(corpus.Load());

        Assert.StartsWith("1 document: ", findings.ToString());
        Assert.DoesNotContain("1 documents", findings.ToString());
        Assert.Matches(@"^1 document: \d+ troop counts?, \d+ source mentions? of \d+ sources?, \d+ events?$", findings.ToString());
    }
}
