namespace Analysis.Tests.Import;

using Analysis.Corpus;
using Analysis.Import;
using Analysis.Tests.Corpus;

/// <summary>Importing what the corpus holds adds nothing twice: the same address or the same text is the same article.</summary>
public class DuplicateTests
{
    [Fact]
    public void Importing_the_same_page_twice_writes_it_once()
    {
        using var folder = new TempCorpus();
        var page = folder.Write("page.html", TestPages.JsonLdOnly());
        var options = new ImportOptions { Into = folder.PathOf("corpus") };

        var first = Importer.Import([page], options);
        var manifest = File.ReadAllText(folder.PathOf("corpus/manifest.json"));
        var second = Importer.Import([page], options);

        var id = Assert.Single(first.Imported).Id;
        Assert.Empty(second.Imported);
        Assert.Equal((id, "same address"), (Assert.Single(second.AlreadyThere).Id, second.AlreadyThere[0].Reason));
        Assert.Equal(manifest, File.ReadAllText(folder.PathOf("corpus/manifest.json")));
        Assert.Single(Directory.GetFiles(folder.PathOf("corpus"), "*.txt"));
    }

    [Fact]
    public void The_same_story_at_another_address_or_from_a_feed_is_the_same_text()
    {
        using var folder = new TempCorpus();
        var page = folder.Write("page.html", TestPages.JsonLdOnly());
        var syndicated = folder.Write("syndicated.html", TestPages.OpenGraphOnly());
        var feed = folder.Write("feed.rss", TestPages.Rss());

        var result = Importer.Import([page, syndicated, feed], new ImportOptions { Into = folder.PathOf("corpus") });

        // The page, and the feed's second item (a summary); the Open Graph page and the feed's first item are the page's text.
        Assert.Equal(2, result.Imported.Count);
        Assert.Equal(["same text", "same text"], result.AlreadyThere.Select(a => a.Reason));
        Assert.All(result.AlreadyThere, a => Assert.Equal(result.Imported[0].Id, a.Id));
    }

    [Fact]
    public void A_hand_copied_article_gets_the_metadata_it_lacked_and_its_own_values_are_kept()
    {
        using var folder = new TempCorpus();
        // Copied by hand into a .txt, with a title of the reader's own and an outlet written in the manifest.
        folder.Write("corpus/copied.txt", "My notes on the troop count\n\n" + string.Join("\n\n", TestPages.Story) + "\n");
        folder.Write("corpus/manifest.json", "// kept\n{\n  \"copied\": { \"outlet\": \"HP\" }, // my abbreviation\n}\n");
        var page = folder.Write("page.html", TestPages.JsonLdOnly());

        var result = Importer.Import([page], new ImportOptions { Into = folder.PathOf("corpus") });

        var same = Assert.Single(result.AlreadyThere);
        Assert.Equal(("copied", "same text"), (same.Id, same.Reason));
        Assert.Equal(["title", "published", "url", "author"], same.FilledIn);
        var manifest = File.ReadAllText(folder.PathOf("corpus/manifest.json"));
        Assert.StartsWith("// kept\n{\n", manifest);
        Assert.Contains("// my abbreviation", manifest);
        var loaded = CorpusLoader.Load(folder.PathOf("corpus"));
        Assert.Empty(loaded.Problems);
        var metadata = Assert.Single(loaded.Documents).Metadata;
        Assert.Equal(("HP", new DateOnly(2024, 11, 4), "Mira Okafor, Tae-yang Ruiz"), (metadata.Outlet, metadata.Published, metadata.Author));
    }

    [Fact]
    public void Two_different_stories_with_one_headline_and_day_get_distinct_stable_names()
    {
        using var folder = new TempCorpus();
        var one = folder.Write("one.html", TestPages.JsonLdOnly());
        var other = folder.Write("other.html", TestPages.JsonLdOnly().Replace("troop-total", "troop-total-live").Replace("Moscow has not confirmed", "The Kremlin has not confirmed"));
        var options = new ImportOptions { Into = folder.PathOf("corpus") };

        var ids = Importer.Import([one, other], options).Imported.Select(i => i.Id).ToList();

        Assert.Equal(2, ids.Count);
        Assert.Equal(Slug.Of(TestPages.Headline, new DateOnly(2024, 11, 4)), ids[0]);
        Assert.StartsWith(ids[0] + "-", ids[1]);
        // A name comes from the article (day, headline, fingerprint), not from a counter: alone in a new folder the
        // other story takes the plain name, and in the first folder it is found again under the name it was given.
        var again = Importer.Import([other], options with { Into = folder.PathOf("again") });
        Assert.Equal(ids[0], Assert.Single(again.Imported).Id);
        Assert.Equal(ids[1], Importer.Import([other, one], options with { Into = folder.PathOf("corpus") }).AlreadyThere[0].Id);
    }

    [Fact]
    public void A_feeds_summary_is_replaced_by_the_whole_story_when_its_page_is_imported()
    {
        using var folder = new TempCorpus();
        // The feed's second item carries a summary only; its page, fetched later, tells the whole story.
        var feed = folder.Write("world.rss", TestPages.Rss());
        var options = new ImportOptions { Into = folder.PathOf("corpus") };
        var summary = Importer.Import([feed], options).Imported[1];
        var page = folder.Write("talks.html", TestPages.Page(
            """<link rel="canonical" href="https://ridge.example/world/2024/11/08/talks">""",
            story: "<p>Negotiators met again in Istanbul on Friday, officials said, and agreed to exchange prisoners before the end of the month.</p>" +
                   "<p>Both delegations described the talks as difficult. A list of names is to be drawn up by the Red Cross, which has visited camps on both sides since the spring.</p>" +
                   "<p>Earlier rounds broke down over the number of soldiers each side holds, a figure neither government has published.</p>"));

        var result = Importer.Import([page], options);

        var replaced = Assert.Single(result.Imported);
        Assert.True(replaced.ReplacedSummary);
        Assert.Equal(summary.Id, replaced.Id);
        var document = CorpusLoader.Load(folder.PathOf("corpus")).Documents.Single(d => d.Id == summary.Id);
        Assert.Equal(3, document.Paragraphs.Count);
        // Imported again, the page is now the same article: nothing changes.
        Assert.Equal("same address", Assert.Single(Importer.Import([page], options).AlreadyThere).Reason);
    }
}
