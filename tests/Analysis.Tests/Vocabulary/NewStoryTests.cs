namespace Analysis.Tests.Vocabulary;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Tests.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// #13's acceptance: a user makes the kit follow a story it has never heard of with data alone. A corpus's
/// lexicon.json adds a troop noun, a reporting verb, a country and a source; the article's facts then come out
/// with the right kind, subject and attribution, which the kit's own vocabulary does not give them.
/// </summary>
public class NewStoryTests
{
    // A made-up country, so that nothing in the kit's own vocabulary can know it.
    private const string StoryLexicon = """
        {
          "words": {
            "troop_nouns": ["halberdiers"],
            "reporting_verbs": ["intimated"]
          },
          "countries": [ { "name": "Ruritania", "demonyms": ["Ruritanian"], "aliases": ["Strelsau"] } ],
          "sources": [ { "name": "Ruritanian Defence Staff", "kind": "military", "country": "Ruritania", "aliases": ["the Defence Staff"] } ]
        }
        """;

    private const string Article = """
        Ruritania moves halberdiers to its northern frontier

        The Ruritanian Defence Staff intimated on Tuesday that about 2,500 Ruritanian halberdiers had been deployed along the northern frontier.

        Related Sources:
        """;

    private static TroopCount TheFigure(Findings findings) =>
        Assert.Single(findings.TroopCounts, t => t.Value == 2500);

    [Fact]
    public void A_corpus_lexicon_teaches_the_kit_a_troop_noun_a_verb_a_country_and_a_source()
    {
        using var corpus = new TempCorpus();
        corpus.Write("frontier.txt", Article);
        corpus.Write(Lexicon.FileName, StoryLexicon);

        var findings = Kit.Analyze(corpus.Folder);

        var figure = TheFigure(findings);
        Assert.Equal(TroopKind.Deployment, figure.Kind);
        Assert.Equal(Hedge.Approximate, figure.Hedge);
        Assert.Equal("Ruritania", figure.Subject);
        Assert.Equal("Ruritanian Defence Staff", figure.AttributedTo);
        Assert.Contains(findings.Sources, s => s.Source == "Ruritanian Defence Staff" && s.Country == "Ruritania");
    }

    [Fact]
    public void Without_the_lexicon_the_same_article_gives_none_of_it()
    {
        using var corpus = new TempCorpus();
        corpus.Write("frontier.txt", Article);

        var findings = Kit.Analyze(corpus.Folder);

        Assert.DoesNotContain(findings.TroopCounts, t => t.Value == 2500 && t.Subject == "Ruritania" && t.AttributedTo == "Ruritanian Defence Staff");
    }
}
