namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>A .md article's YAML front matter is its metadata (under the manifest's), not its text.</summary>
public class FrontMatterTests
{
    private const string Body = "# Troops head west\n\nAbout 1,500 North Korean troops were sent, the Pentagon said.\n";

    [Fact]
    public void Front_matter_gives_title_date_outlet_address_and_author_and_is_not_read_as_prose()
    {
        var file = "---\ntitle: \"Pyongyang's soldiers move west\"\npublished: 2024-11-02\nsite: Harbour Herald\n" +
            "source: \"https://example.com/west\"\nauthor:\n  - \"[[Mina Park]]\"\ntags: [troops]\n---\n" + Body;
        using var corpus = new TempCorpus();
        corpus.Write("west.md", file);

        var loaded = corpus.Load();
        var document = loaded["west"];

        Assert.Empty(loaded.Problems);
        Assert.Equal(new DocumentMetadata("Pyongyang's soldiers move west", new DateOnly(2024, 11, 2), "Harbour Herald", "https://example.com/west", "Mina Park"), document.Metadata);
        Assert.Equal("Troops head west", document.Headline.Text.Trim());
        Assert.DoesNotContain("published", document.Text);
        Assert.Equal(file.Length, document.Text.Length);
    }

    [Theory]
    [InlineData("date: 2025-03-01T08:15:00Z", 2025, 3, 1)]
    [InlineData("date: 2025-03-01", 2025, 3, 1)]
    [InlineData("published: 2025-03-01 10:00", 2025, 3, 1)]
    public void A_date_and_time_gives_its_day(string line, int year, int month, int day)
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", $"---\n{line}\n---\n" + Body);

        Assert.Equal(new DateOnly(year, month, day), corpus.Load()["west"].Metadata.Published);
    }

    // Clippers and site tools write the day as the page shows it. A month written as a word is never ambiguous; "04/05/2025"
    // (April or May?) is, and stays a problem (below).
    [Theory]
    [InlineData("date: March 1, 2025")]
    [InlineData("date: Mar 1, 2025")]
    [InlineData("date: Mar. 1, 2025")]
    [InlineData("published: 1 March 2025")]
    [InlineData("published: 1 Mar 2025")]
    [InlineData("date: \"Saturday, March 1, 2025\"")]
    [InlineData("date: March 1st, 2025")]
    [InlineData("date: Mar 1, 2025 at 9:45 PM EST")]
    [InlineData("date: 2025/03/01")]
    [InlineData("date: 2025-03-01T21:45:00-05:00")]   // Near miss: read before, the publisher's day as written
    public void A_day_written_out_gives_its_day(string line)
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", $"---\n{line}\n---\n" + Body);

        var loaded = corpus.Load();

        Assert.Empty(loaded.Problems);
        Assert.Equal(new DateOnly(2025, 3, 1), loaded["west"].Metadata.Published);
    }

    // A web clipper that keeps the title only in front matter starts the file with the body: its first paragraph is body
    // text, and the title is the headline, read where it stands in the block (so its figure counts, as a .txt file's
    // first line's does).
    [Theory]
    [InlineData("title: Harbour Herald says 900 marines landed", "Harbour Herald says 900 marines landed")]
    [InlineData("title: \"Envoys: 900 marines landed\"", "Envoys: 900 marines landed")]
    [InlineData("title: 'Envoys: 900 marines landed'", "Envoys: 900 marines landed")]
    public void A_title_only_in_front_matter_is_the_headline_and_the_first_line_is_body(string titleLine, string headline)
    {
        const string body = "Some 900 marines landed at the northern port on Friday\n\nThe navy said more would follow.\n";
        var file = $"---\npublished: 2025-03-01\n{titleLine}\n---\n\n{body}";
        using var corpus = new TempCorpus();
        corpus.Write("west.md", file);

        var loaded = corpus.Load();
        var document = loaded["west"];

        Assert.Empty(loaded.Problems);
        Assert.Equal(headline, document.Headline.Text);
        Assert.Equal(headline, document.Text[document.Headline.Span.Start..document.Headline.Span.End]);
        Assert.Equal(["Some 900 marines landed at the northern port on Friday", "The navy said more would follow."], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(file.Length, document.Text.Length);
        Assert.DoesNotContain("published", document.Text);
        var figures = Kit.Analyze(loaded).TroopCounts;
        Assert.Equal([(0, 900), (1, 900)], figures.Select(f => (document.Sentences[f.Provenance.Sentence].Paragraph, (int)f.Value!)).Order());
    }

    [Theory]
    // A title the block holds folded or escaped cannot be pointed at: the file has no headline, its first line is still body.
    [InlineData("title: >-\n  Envoys say 900\n  marines landed")]
    [InlineData("title: \"Envoys \\\"say\\\" 900 marines landed\"")]
    public void A_title_not_written_on_its_line_leaves_no_headline_and_the_first_line_body(string titleLine)
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", $"---\n{titleLine}\n---\nSome 900 marines landed at the northern port on Friday\n\nThe navy said more would follow.\n");

        var loaded = corpus.Load();
        var document = loaded["west"];

        Assert.Empty(loaded.Problems);
        Assert.False(document.HasHeadline);
        Assert.StartsWith("Envoys", document.Title);
        Assert.Equal("Some 900 marines landed at the northern port on Friday", document.Paragraphs[0].Text);
    }

    [Theory]
    // Near misses: a file that opens with a heading, or with the title itself, keeps that line as its headline.
    [InlineData("# Marines come ashore\n\nSome 900 marines landed.\n", "Marines come ashore")]
    [InlineData("Marines come ashore\n=====\n\nSome 900 marines landed.\n", "Marines come ashore")]
    [InlineData("Envoys say 900 marines landed\n\nSome 900 marines landed.\n", "Envoys say 900 marines landed")]
    public void A_file_that_opens_with_its_own_title_line_keeps_it_as_the_headline(string body, string headline)
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", "---\ntitle: Envoys say 900 marines landed\n---\n\n" + body);

        var document = corpus.Load()["west"];

        Assert.Equal(headline, document.Headline.Text.Trim());
        Assert.Equal("Some 900 marines landed.", Assert.Single(document.Paragraphs).Text);
    }

    [Fact]
    public void A_source_that_is_no_address_is_the_outlet()
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", "---\nsource: Harbour Herald\n---\n" + Body);

        var metadata = corpus.Load()["west"].Metadata;

        Assert.Equal("Harbour Herald", metadata.Outlet);
        Assert.Null(metadata.Url);
    }

    [Fact]
    public void The_manifest_wins_field_by_field()
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", "---\ntitle: From the front matter\npublished: 2024-11-02\noutlet: Harbour Herald\n---\n" + Body);
        corpus.Write("manifest.json", """{ "west": { "published": "2024-11-05" } }""");

        var metadata = corpus.Load()["west"].Metadata;

        Assert.Equal(new DateOnly(2024, 11, 5), metadata.Published);
        Assert.Equal("From the front matter", metadata.Title);
        Assert.Equal("Harbour Herald", metadata.Outlet);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\n", "front matter not used, the article is loaded without it: its 'title' field is not valid YAML")]
    [InlineData("---\npublished: last Tuesday\n---\n", "front matter date 'last Tuesday' is not a date (2024-07-11, July 11, 2024, 11 July 2024 or 30/05/2024); left empty")]
    [InlineData("---\ndate: 04/05/2025\n---\n", "front matter date '04/05/2025' is not a date (2024-07-11, July 11, 2024, 11 July 2024 or 30/05/2024): day and month could be either way round; left empty")]
    [InlineData("---\n- just\n- a list\n---\n", "front matter not used, the article is loaded without it: it is not a list of 'key: value' lines")]
    public void Bad_front_matter_is_a_problem_naming_the_file_and_the_article_still_loads(string front, string message)
    {
        using var corpus = new TempCorpus();
        var path = corpus.Write("west.md", front + Body);

        var loaded = corpus.Load();

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(path, problem.File);
        Assert.StartsWith(message, problem.Message);
        Assert.NotNull(problem.Line);
        Assert.Equal("Troops head west", loaded["west"].Headline.Text.Trim());
    }

    // The problem says plainly what was done (the article loaded, its front matter not used: not "ignored" and "loaded with a
    // fallback" side by side) and where the fault is: the field and its line, not the block's closing line where the parser
    // gave up.
    [Theory]
    [InlineData("---\noutlet: Harbour Herald\ntitle: [unclosed\nauthor: Anna Kowal\n---\n", 3, "its 'title' field is not valid YAML")]
    [InlineData("---\ntitle: Troops: a: b\n---\n", 2, "its 'title' field is not valid YAML")]
    [InlineData("---\n- just\n- a list\n---\n", 2, "it is not a list of 'key: value' lines")]
    public void Front_matter_that_cannot_be_read_is_named_as_not_used_with_the_field_and_line_at_fault(string front, int line, string fault)
    {
        using var corpus = new TempCorpus();
        corpus.Write("west.md", front + Body);

        var loaded = corpus.Load();

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith($"west.md:{line}: front matter not used, the article is loaded without it: {fault}", problem.Describe(corpus.Folder));
        Assert.DoesNotContain("ignored", problem.Describe(corpus.Folder));
        var document = Assert.Single(loaded.Documents);
        Assert.Equal(("Troops head west", null, null), (document.Headline.Text.Trim(), document.Metadata.Outlet, document.Metadata.Title));
    }

    [Theory]
    // A thematic break that opens the page, and a .txt article, are no front matter.
    [InlineData("west.md", "---\n\n# Troops head west\n\nAbout 1,500 North Korean troops were sent.\n")]
    [InlineData("west.txt", "---\ntitle: not metadata in a text file\n---\nTroops head west\n\nAbout 1,500 North Korean troops were sent.\n")]
    public void Only_a_closed_block_at_the_top_of_a_Markdown_file_is_front_matter(string name, string file)
    {
        using var corpus = new TempCorpus();
        corpus.Write(name, file);

        var loaded = corpus.Load();

        Assert.Null(Assert.Single(loaded.Documents).Metadata.Title);
    }
}
