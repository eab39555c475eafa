namespace Analysis.Tests.Import;

using Analysis.Corpus;
using Analysis.Import;
using Analysis.Tests.Corpus;

/// <summary>Saved pages in the common CMS shapes become articles in the kit's format, with the metadata each shape carries.</summary>
public class PageImportTests
{
    public static TheoryData<string, string, string?, string?, string?, string?> Shapes() => new()
    {
        // shape, page, published, outlet, url, author
        // JSON-LD: the day in Seoul (23:40 +09:00), not the UTC day before; two authors; the address from mainEntityOfPage.
        { "json-ld", TestPages.JsonLdOnly(), "2024-11-04", "Harbour Post", "https://harbourpost.example/world/2024/11/04/troop-total", "Mira Okafor, Tae-yang Ruiz" },
        // Open Graph: article:author is an address, so the name comes from meta author.
        { "open-graph", TestPages.OpenGraphOnly(), "2024-11-05", "Coastline Daily", "https://coastline.example/2024/11/05/troops?utm_source=feed", "Jo Haddad" },
        // <time> only: the published time, not the updated one shown first; the outlet from the <title> after the <h1>'s words.
        { "time", TestPages.TimeOnly(), "2024-11-06", "Ridge Gazette", null, null },
        { "none", TestPages.NoMetadata(), null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_CMS_shape_gives_the_story_and_the_metadata_it_carries(string shape, string page, string? published, string? outlet, string? url, string? author)
    {
        using var folder = new TempCorpus();
        var file = folder.Write($"pages/{shape}.html", page);

        var result = Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Empty(result.Problems);
        var imported = Assert.Single(result.Imported);
        Assert.Equal(new DocumentMetadata(TestPages.Headline, published is null ? null : DateOnly.Parse(published), outlet, url, author), imported.Metadata);
        var document = Assert.Single(CorpusLoader.Load(folder.PathOf("corpus")).Documents);
        Assert.Equal(TestPages.Headline, document.Headline.Text);
        // The four paragraphs of the story and nothing else: no dateline, caption, advertisement, related box, navigation
        // or footer; of the links, only the one to another site's article (not the one to the page's own site).
        Assert.Equal(TestPages.Story, document.Paragraphs.Select(p => p.Text));
        Assert.Equal([TestPages.OutboundLink], document.RelatedSources);
        Assert.Equal(imported.Metadata, document.Metadata);
    }

    [Fact]
    public void The_file_is_in_the_kits_format_and_named_by_date_and_headline()
    {
        using var folder = new TempCorpus();
        var file = folder.Write("page.html", TestPages.JsonLdOnly());

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Equal("2024-11-04-seoul-says-north-korean-troop-total-in-russia-rises-to-11-000", imported.Id);
        var text = File.ReadAllText(imported.Path);
        Assert.StartsWith(TestPages.Headline + "\n\n" + TestPages.Story[0] + "\n\n" + TestPages.Story[1] + "\n\n", text);
        Assert.EndsWith("\n\nRelated Sources:\n- " + TestPages.OutboundLink + "\n", text);
    }

    [Fact]
    public void The_most_specific_metadata_wins_when_a_page_has_several()
    {
        using var folder = new TempCorpus();
        var page = TestPages.Page("""
            <link rel="canonical" href="/world/2024/11/04/canonical-address">
            <meta property="og:url" content="https://harbourpost.example/og-address">
            <meta property="og:site_name" content="HP Online">
            <meta property="article:published_time" content="2024-11-03T10:00:00Z">
            <meta name="date" content="2024-11-02">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Seoul says North Korean troop total in Russia rises to 11,000","datePublished":"2024-11-04","publisher":{"name":"Harbour Post"}}</script>
            <meta property="og:title" content="A shorter social title">
            """, """<time datetime="2024-11-01">1 November</time>""");
        var file = folder.Write("page.htm", page);

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        // JSON-LD's date, outlet and headline; the canonical link (made absolute with og:url's site) over og:url.
        Assert.Equal(new DateOnly(2024, 11, 4), imported.Metadata.Published);
        Assert.Equal("Harbour Post", imported.Metadata.Outlet);
        Assert.Equal(TestPages.Headline, imported.Metadata.Title);
        Assert.Equal("https://harbourpost.example/og-address", imported.Metadata.Url);
    }

    [Theory]
    [InlineData("""<meta name="date" content="2024-11-02">""", "2024-11-02")]
    [InlineData("""<meta name="DC.date.issued" content="2024-11-02T09:00:00+01:00">""", "2024-11-02")]
    [InlineData("""<meta itemprop="datePublished" content="2024-11-02">""", "2024-11-02")]
    [InlineData("""<meta property="article:published_time" content="2024-11-03T01:00:00-08:00"><meta name="date" content="2024-11-02">""", "2024-11-03")]
    public void Plain_meta_dates_are_read_after_open_graph(string head, string expected)
    {
        using var folder = new TempCorpus();
        var file = folder.Write("page.html", TestPages.Page("<title>x</title>" + head));

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Equal(DateOnly.Parse(expected), imported.Metadata.Published);
    }

    [Fact]
    public void A_page_in_a_legacy_encoding_is_read_in_the_encoding_it_declares()
    {
        using var folder = new TempCorpus();
        var page = TestPages.Page("<meta charset=\"windows-1252\"><title>x</title>").Replace("<meta charset=\"utf-8\">", "")
            .Replace("Moscow has not confirmed", "Moscow’s café diplomats have not confirmed");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var file = folder.Write("legacy.html", System.Text.Encoding.GetEncoding(1252).GetBytes(page));

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Contains("Moscow’s café diplomats have not confirmed", File.ReadAllText(imported.Path));
    }

    [Fact]
    public void A_folder_of_saved_pages_is_read_without_the_browsers_companion_folders()
    {
        using var folder = new TempCorpus();
        folder.Write("saved/one.html", TestPages.JsonLdOnly());
        folder.Write("saved/one_files/frame.html", TestPages.SectionFront());
        folder.Write("saved/one_files/style.css", "body{}");
        folder.Write("saved/more/two.html", TestPages.OpenGraphOnly().Replace("Moscow has not confirmed", "The Kremlin has not confirmed"));

        var result = Importer.Import([folder.PathOf("saved")], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Empty(result.Problems);
        Assert.Equal(["Coastline Daily", "Harbour Post"], result.Imported.Select(i => i.Metadata.Outlet!).Order());
    }

    // A byline printed as a plain paragraph (no class, no rel="author" to tell Readability it is one) is the article's author,
    // as a marked-up byline is, and not a paragraph of its story; a name the page's metadata gives wins.
    [Theory]
    [InlineData("<p>By Anna Kowal</p>", null, "Anna Kowal")]
    [InlineData("<p>By Anna Kowal and Jo Haddad</p>", null, "Anna Kowal, Jo Haddad")]
    [InlineData("<p>By Anna Kowal</p>", "Anna K. Kowal", "Anna K. Kowal")]
    public void A_byline_printed_as_a_paragraph_is_the_author_and_not_article_text(string byline, string? metaAuthor, string author)
    {
        using var folder = new TempCorpus();
        var page = TestPages.Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Seoul says North Korean troop total in Russia rises to 11,000","datePublished":"2024-11-04"}</script>
            """ + (metaAuthor is null ? "" : $"""<meta name="author" content="{metaAuthor}">"""), byline);
        var file = folder.Write("page.html", page);

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Equal(author, imported.Metadata.Author);
        Assert.DoesNotContain("By Anna", File.ReadAllText(imported.Path));
        var document = Assert.Single(CorpusLoader.Load(folder.PathOf("corpus")).Documents);
        Assert.Equal(TestPages.Story, document.Paragraphs.Select(p => p.Text));
        Assert.Equal(author, document.Metadata.Author);
    }

    // A paragraph that opens with "By" and is story text stays the story's.
    [Theory]
    [InlineData("By Tuesday, North Korean units had reached the front.")]
    [InlineData("By Air And Sea")]
    [InlineData("By Anna Kowal in Kyiv, with reporting from Seoul")]
    public void A_paragraph_opening_with_By_that_is_no_byline_stays_in_the_text(string paragraph)
    {
        using var folder = new TempCorpus();
        var file = folder.Write("page.html", TestPages.Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Seoul says North Korean troop total in Russia rises to 11,000","datePublished":"2024-11-04"}</script>
            """, $"<p>{paragraph}</p>"));

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Null(imported.Metadata.Author);
        Assert.Equal([paragraph, .. TestPages.Story], CorpusLoader.Load(folder.PathOf("corpus")).Documents[0].Paragraphs.Select(p => p.Text));
    }

    // A feed's footer printed as a paragraph ("The post <title> appeared first on <site>.") is furniture, left out whole; a
    // paragraph of the story that opens with "The post" stays.
    [Theory]
    [InlineData("The post Seoul raises its count of troops sent abroad appeared first on Example Wire.", false)]
    // Near miss: story text.
    [InlineData("The post at the border crossing was reinforced on Friday.", true)]
    public void A_feed_footer_paragraph_is_left_out_and_story_text_opening_with_The_post_stays(string paragraph, bool kept)
    {
        using var folder = new TempCorpus();
        var file = folder.Write("page.html", TestPages.Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Seoul says North Korean troop total in Russia rises to 11,000","datePublished":"2024-11-04"}</script>
            """, $"<p>{paragraph}</p>"));

        Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Equal(kept ? [paragraph, .. TestPages.Story] : TestPages.Story,
            CorpusLoader.Load(folder.PathOf("corpus")).Documents[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_headline_cut_short_for_search_engines_is_made_whole_and_a_printed_byline_names_the_author()
    {
        using var folder = new TempCorpus();
        var page = TestPages.Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Seoul says North Korean troop total in…","datePublished":"2024-11-04"}</script>
            """, """<p class="byline">By <a rel="author" href="/staff/okafor">Mira Okafor</a></p>""");
        var file = folder.Write("page.html", page);

        var imported = Assert.Single(Importer.Import([file], new ImportOptions { Into = folder.PathOf("corpus") }).Imported);

        Assert.Equal((TestPages.Headline, "Mira Okafor"), (imported.Metadata.Title, imported.Metadata.Author));
        Assert.DoesNotContain("By Mira", File.ReadAllText(imported.Path));
    }
}
