namespace Analysis.Tests.Import;

using Analysis.Corpus;
using Analysis.Import;
using Analysis.Tests.Corpus;

/// <summary>RSS 2.0 and Atom feeds: one article per item, with the item's own date, link and text.</summary>
public class FeedImportTests
{
    [Fact]
    public void An_RSS_item_with_full_text_is_an_article_and_a_summary_only_item_is_imported_and_reported()
    {
        using var folder = new TempCorpus();
        var feed = folder.Write("world.rss", TestPages.Rss());

        var result = Importer.Import([feed], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Equal(2, result.Imported.Count);
        // The day in Seoul (22:10 +0900), the channel's title as the outlet, dc:creator as the author.
        Assert.Equal(new DocumentMetadata(TestPages.Headline, new DateOnly(2024, 11, 7), "Ridge Gazette - World", "https://ridge.example/world/2024/11/07/troops", "Ana Lindqvist"),
            result.Imported[0].Metadata);
        Assert.Equal(new DateOnly(2024, 11, 8), result.Imported[1].Metadata.Published);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((feed, ProblemAction.LoadedWithFallback), (problem.File, problem.Action));
        Assert.Contains("item 2 ('Talks on prisoner exchange resume') carries only a summary", problem.Message);
        var documents = CorpusLoader.Load(folder.PathOf("corpus")).Documents;
        var story = documents.Single(d => d.Id == result.Imported[0].Id);
        Assert.Equal(4, story.Paragraphs.Count);
        Assert.Equal([TestPages.OutboundLink], story.RelatedSources);
    }

    [Fact]
    public void An_Atom_entry_gives_its_published_day_author_and_escaped_HTML_content()
    {
        using var folder = new TempCorpus();
        var feed = folder.Write("coastline.atom", TestPages.Atom());

        var result = Importer.Import([feed], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Empty(result.Problems);
        var imported = Assert.Single(result.Imported);
        Assert.Equal(new DocumentMetadata(TestPages.Headline, new DateOnly(2024, 11, 10), "Coastline Daily", "https://coastline.example/2024/11/10/troops-atom", "Jo Haddad"), imported.Metadata);
        Assert.StartsWith(TestPages.Headline + "\n\n" + TestPages.Story[0] + "\n\n", File.ReadAllText(imported.Path));
    }

    [Fact]
    public void A_feed_saved_as_xml_is_recognised_and_an_unreadable_date_leaves_only_its_item_undated()
    {
        using var folder = new TempCorpus();
        var feed = folder.Write("export.xml", TestPages.Rss().Replace("Fri, 08 Nov 2024 07:00:00 GMT", "the day before yesterday"));

        var result = Importer.Import([feed], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Equal([new DateOnly(2024, 11, 7), null], result.Imported.Select(i => i.Metadata.Published));
        Assert.Contains(result.Problems, p => p.Message.Contains("date 'the day before yesterday' is not a date the kit can read"));
    }

    [Fact]
    public void An_item_dated_with_dublin_core_instead_of_pubDate_keeps_its_day()
    {
        using var folder = new TempCorpus();
        var feed = folder.Write("dc.rss", TestPages.Rss().Replace("<pubDate>Thu, 07 Nov 2024 22:10:00 +0900</pubDate>", "<dc:date>2024-11-07T22:10:00+09:00</dc:date>"));

        var result = Importer.Import([feed], new ImportOptions { Into = folder.PathOf("corpus") });

        Assert.Equal(new DateOnly(2024, 11, 7), result.Imported[0].Metadata.Published);
    }
}
