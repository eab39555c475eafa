namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>manifest.json gone wrong: every problem names its line, and the documents load regardless.</summary>
public class ManifestTests
{
    private static TempCorpus WithArticles(string manifest)
    {
        var corpus = new TempCorpus();
        corpus.Write("alpha.txt", "Alpha headline\nAlpha body sentence.\n");
        corpus.Write("beta.txt", "Beta headline\nBeta body sentence.\n");
        corpus.Write(Manifest.FileName, manifest);
        return corpus;
    }

    [Fact]
    public void Invalid_JSON_is_reported_with_its_line_and_every_document_loads_without_metadata()
    {
        using var corpus = WithArticles("{\n  \"alpha\": { \"title\": \"A\" },\n  \"beta\": { \"title\": \"B\" \n}\n");

        var loaded = corpus.Load();

        Assert.Equal(2, loaded.Documents.Count);
        Assert.All(loaded.Documents, d => Assert.Same(DocumentMetadata.None, d.Metadata));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((corpus.PathOf(Manifest.FileName), 5, ProblemAction.LoadedWithFallback), (problem.File, problem.Line, problem.Action));
        Assert.Contains("not valid JSON", problem.Message);
    }

    [Fact]
    public void A_single_article_reports_the_problems_of_its_own_entry_not_of_the_files_it_did_not_load()
    {
        using var corpus = WithArticles("{\n\"alpha\": { \"byline\": \"someone\" },\n\"beta\": { \"title\": \"B\", \"published\": \"2024-13-01\" },\n\"gamma\": {}\n}\n");

        var loaded = CorpusLoader.Load(corpus.PathOf("beta.txt"));

        Assert.Equal("B", Assert.Single(loaded.Documents).Title);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((corpus.PathOf(Manifest.FileName), 3), (problem.File, problem.Line));
        Assert.Contains("published date '2024-13-01' for 'beta'", problem.Message);
    }

    [Theory]
    [InlineData("[1, 2]", 1, "must be a JSON object")]
    [InlineData("{\n\"alpha\": \"Alpha title\"\n}", 2, "must be an object")]
    [InlineData("{\n\"alpha\": {\n  \"title\": \"T\",\n  \"byline\": \"someone\"\n}\n}", 4, "unknown key 'byline'")]
    [InlineData("{\n\"alpha\": { \"published\": \"25/13/2024\" }\n}", 2, "is not a date (2024-07-11, July 11, 2024, 11 July 2024 or 30/05/2024)")]
    [InlineData("{\n\"alpha\": { \"published\": \"04/05/2025\" }\n}", 2, "day and month could be either way round; left empty")]
    [InlineData("{\n\"alpha\": {\n \"published\": \"2024-02-30\"\n}\n}", 3, "is not a date")]
    [InlineData("{\n\"alpha\": { \"title\": 42 }\n}", 2, "must be a string")]
    [InlineData("{\n\"alpha\": { \"outlet\": \"  \" }\n}", 2, "is blank")]
    [InlineData("// notes\n{\n\"alpha\": { \"title\": \"One\" },\n\"alpha\": { \"title\": \"Two\" }\n}", 4, "appears more than once")]
    [InlineData("{\n\"alpha\": {},\n\"gamma\": { \"title\": \"Lost\" }\n}", 3, "metadata for 'gamma', but no such document; ignored")]
    [InlineData("{\n\n\"alpha.txt\": { \"title\": \"Typed with extension\" }\n}", 3, "(did you mean 'alpha'?)")]
    public void Each_metadata_mistake_is_one_problem_on_its_line_and_both_documents_load(string manifest, int line, string message)
    {
        using var corpus = WithArticles(manifest);

        var loaded = corpus.Load();

        Assert.Equal(["alpha", "beta"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((corpus.PathOf(Manifest.FileName), line), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Good_fields_survive_beside_bad_ones_and_a_document_without_an_entry_is_no_problem()
    {
        using var corpus = WithArticles("""
            {
              "alpha": { "title": "Manifest title", "published": "2024-10-25", "outlet": "Wire", "url": null, "mood": "grim" }
            }
            """);

        var loaded = corpus.Load();

        var alpha = loaded["alpha"];
        Assert.Equal(new DocumentMetadata("Manifest title", new DateOnly(2024, 10, 25), "Wire", null), alpha.Metadata);
        Assert.Equal("Manifest title", alpha.Title);
        Assert.Same(DocumentMetadata.None, loaded["beta"].Metadata);
        Assert.Equal("unknown key 'mood' in metadata for 'alpha' (known: title, published, outlet, url, author); ignored",
            Assert.Single(loaded.Problems).Message);
    }

    [Theory]
    // A day written as a person writes it reads as it does in front matter.
    [InlineData("25 October 2024")]
    [InlineData("October 25, 2024")]
    [InlineData("Oct. 25, 2024 at 9:45 PM EDT")]
    [InlineData("2024-10-25T23:10:00Z")]
    public void A_published_day_written_out_in_the_manifest_is_read(string published)
    {
        using var corpus = WithArticles($"{{ \"alpha\": {{ \"published\": \"{published}\" }} }}");

        var loaded = corpus.Load();

        Assert.Equal(new DateOnly(2024, 10, 25), loaded["alpha"].Metadata.Published);
        Assert.Empty(loaded.Problems);
    }

    [Fact]
    public void Metadata_for_a_file_that_was_found_but_skipped_is_not_reported_a_second_time()
    {
        using var corpus = WithArticles("{ \"empty\": { \"title\": \"Nothing here\" } }");
        var empty = corpus.Write("empty.txt", "");

        var problem = Assert.Single(corpus.Load().Problems);

        Assert.Equal(empty, problem.File);
    }
}
