namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>Files whose shape is wrong: nothing in them, a title alone, a body alone.</summary>
public class ArticleShapeTests
{
    [Theory]
    [InlineData("", "is empty (0 bytes)")]
    [InlineData("   \n\t\r\n  \n", "holds only white space")]
    [InlineData("\u00A0\u2003\n", "holds only white space")]
    public void Empty_or_blank_file_is_skipped_with_one_problem_and_the_rest_loads(string content, string message)
    {
        using var corpus = new TempCorpus();
        var bad = corpus.Write("blank.txt", content);
        corpus.Write("good.txt", "Drill season begins\nUnits moved to the coast on Monday.\n");

        var loaded = corpus.Load();

        Assert.Equal(["good"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((bad, message, ProblemAction.Skipped), (problem.File, problem.Message, problem.Action));
    }

    [Theory]
    [InlineData("Related Sources: the agency's briefing. Seoul!\n")]
    [InlineData("Related Source: one. Two!")]
    public void A_file_that_is_only_a_related_sources_list_is_skipped_with_one_problem(string content)
    {
        using var corpus = new TempCorpus();
        var bad = corpus.Write("sources-only.txt", content);
        corpus.Write("good.txt", "Drill season begins\nUnits moved to the coast on Monday.\n");

        var loaded = corpus.Load();

        Assert.Equal(["good"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((bad, 1, "holds no article, only a 'Related Sources' list", ProblemAction.Skipped), (problem.File, problem.Line, problem.Message, problem.Action));
    }

    [Fact]
    public void Title_without_body_loads_as_the_headline_alone_with_one_problem()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("title-only.txt", "Border units placed on alert\n\n");

        var loaded = corpus.Load();

        var document = Assert.Single(loaded.Documents);
        Assert.Equal("Border units placed on alert", document.Title);
        Assert.Empty(document.Paragraphs);
        Assert.Single(document.Sentences);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((file, ProblemAction.LoadedWithFallback), (problem.File, problem.Action));
        Assert.Contains("headline but no body", problem.Message);
    }

    // The rule: the first line is a headline unless it has two or more sentences and ends in
    // sentence punctuation; then it is body text and the document has no headline.
    [Theory]
    [InlineData("Convoys crossed the river at dawn. Nobody was hurt.", false)]
    [InlineData("Convoys crossed the river at dawn! Nobody was hurt?", false)]
    [InlineData("Officials said \"they left.\" Others said \"they stayed.\"", false)]
    [InlineData("Convoys crossed the river at dawn", true)]
    [InlineData("Convoys crossed the river at dawn.", true)]
    [InlineData("Dr. Lim arrives; Gen. Park waits for Oct. 3", true)]
    [InlineData("Why now? A look at the deployment", true)]
    public void A_single_line_file_is_a_headline_unless_it_reads_as_body_text(string line, bool isHeadline)
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("one-line.txt", line);

        var loaded = corpus.Load();

        var document = Assert.Single(loaded.Documents);
        DocumentInvariants.Check(document);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(file, problem.File);
        if (isHeadline)
        {
            Assert.Equal(line, document.Headline.Text);
            Assert.Empty(document.Paragraphs);
            Assert.Contains("headline but no body", problem.Message);
        }
        else
        {
            Assert.False(document.HasHeadline);
            Assert.Equal("one-line", document.Title);
            Assert.Equal(line, Assert.Single(document.Paragraphs).Text);
            Assert.Equal(2, document.Sentences.Count);
            Assert.All(document.Sentences, s => Assert.Equal(1, s.Paragraph));
            Assert.Equal(1, problem.Line);
            Assert.Contains("no headline", problem.Message);
        }
    }

    [Fact]
    public void Body_without_title_keeps_every_paragraph_and_reports_the_line_it_starts_on()
    {
        using var corpus = new TempCorpus();
        corpus.Write("no-title.txt", "\n\nThe brigade left at night. Its destination was not given.\n\nA second group followed. It was smaller.\n");

        var loaded = corpus.Load();

        var document = Assert.Single(loaded.Documents);
        Assert.False(document.HasHeadline);
        Assert.Equal(["The brigade left at night. Its destination was not given.", "A second group followed. It was smaller."],
            document.Paragraphs.Select(p => p.Text));
        Assert.Equal(3, Assert.Single(loaded.Problems).Line);
        DocumentInvariants.Check(document);
    }
}
