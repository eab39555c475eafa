namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>The bundled seed article, loaded from seeds/ as a user would.</summary>
public class SeedCorpusTests
{
    private static readonly Corpus Seeds = CorpusLoader.Load();
    private static Document Seed => Seeds["000_d2ab335c71fa1998"];

    [Fact]
    public void Finds_the_seeds_folder_from_the_test_folder()
    {
        Assert.Equal("seeds", Path.GetFileName(Seeds.Folder));
        Assert.Single(Seeds.Documents);
        Assert.Empty(Seeds.Problems);
    }

    [Fact]
    public void Headline_is_the_first_line()
    {
        Assert.Equal("Increasing Tensions: North Korean Soldiers Trained for Russia’s Front Lines in Ukraine", Seed.Title);
        Assert.Single(Seed.Headline.Sentences);
        Assert.Equal(0, Seed.Sentences[0].Index);
    }

    [Fact]
    public void Has_eight_body_paragraphs_in_order()
    {
        Assert.Equal(8, Seed.Paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 8), Seed.Paragraphs.Select(p => p.Index));
        Assert.StartsWith("Recent intelligence reports indicate", Seed.Paragraphs[0].Text);
        Assert.StartsWith("Overall, the evolving dynamics", Seed.Paragraphs[7].Text);
    }

    [Fact]
    public void Empty_related_sources_section_is_an_empty_list_not_a_paragraph()
    {
        Assert.Empty(Seed.RelatedSources);
        Assert.DoesNotContain(Seed.Paragraphs, p => p.Text.Contains("Related Sources"));
    }

    [Fact]
    public void Every_sentence_span_quotes_its_exact_text()
    {
        Assert.All(Seed.Sentences, s =>
        {
            Assert.Equal(s.Text, Seed.Text[s.Start..s.End]);
            Assert.Equal(s.Text, Seed.Quote(s.Span));
            Assert.Equal(s.Text.Trim(), s.Text);
        });
        Assert.Equal(Enumerable.Range(0, Seed.Sentences.Count), Seed.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Splits_the_seed_into_its_sentences()
    {
        // Headline + 3 + 2 + 3 + 3 + 2 + 2 + 2 + 1 body sentences.
        Assert.Equal(new[] { 1, 3, 2, 3, 3, 2, 2, 2, 1 },
            new[] { Seed.Headline }.Concat(Seed.Paragraphs).Select(p => p.Sentences.Count));
        var sentence = Seed.Paragraphs[1].Sentences[0];
        Assert.EndsWith("such as 'fire' and 'in position.'", sentence.Text);
    }
}
