namespace Analysis.Tests.Vocabulary;

using Analysis.Tests.Corpus;
using Analysis.Tests.Output;

/// <summary>A corpus's lexicon.json and --lexicon through real `analysis` processes.</summary>
public class LexiconCommandTests
{
    private const string Article = "Harbour watch\nShips were counted at dawn.\n";

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public void A_malformed_corpus_lexicon_is_a_problem_with_its_line_and_the_articles_are_still_read(bool strict, int exitCode)
    {
        using var corpus = new TempCorpus();
        using var output = new TempCorpus();
        corpus.Write("good.txt", Article);
        corpus.Write("lexicon.json", "{\n  \"words\": {\n    \"troop_nouns\": \"gendarmes\"\n  }\n}\n");

        var (exit, _, stderr) = CliProcess.Run(["extract", "--corpus", corpus.Folder, "--out", output.Folder, .. strict ? new[] { "--strict" } : []]);

        Assert.Equal(exitCode, exit);
        Assert.Contains("Problems (1)", stderr);
        Assert.Contains("lexicon.json:3: word list 'troop_nouns' must be an array of strings; the kit's own vocabulary is used without this file (loaded with a fallback)", stderr);
        Assert.DoesNotContain("not an article", stderr);
        Assert.Contains("good", File.ReadAllText(Path.Combine(output.Folder, "documents.csv")));
    }

    [Fact]
    public void A_well_formed_corpus_lexicon_is_no_problem_and_no_article()
    {
        using var corpus = new TempCorpus();
        using var output = new TempCorpus();
        corpus.Write("good.txt", Article);
        corpus.Write("lexicon.json", """{ "words": { "troop_nouns": ["gendarmes"] } }""");

        var (exit, _, stderr) = CliProcess.Run("extract", "--corpus", corpus.Folder, "--out", output.Folder, "--strict");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Problems", stderr);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("report")]
    public void A_lexicon_named_on_the_command_line_must_be_there_and_well_formed(string command)
    {
        using var corpus = new TempCorpus();
        using var output = new TempCorpus();
        corpus.Write("good.txt", Article);
        var bad = Path.Combine(output.Folder, "story.json");
        File.WriteAllText(bad, "{\n  \"patterns\": { \"x\": \"{nowhere}\" }\n}\n");
        var target = command == "report" ? Path.Combine(output.Folder, "r.html") : Path.Combine(output.Folder, "tables");

        var missing = CliProcess.Run(command, "--corpus", corpus.Folder, "--out", target, "--lexicon", Path.Combine(output.Folder, "none.json"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("--lexicon", missing.Error);
        Assert.Contains("no such file", missing.Error);

        var malformed = CliProcess.Run(command, "--corpus", corpus.Folder, "--out", target, "--lexicon", bad);
        Assert.Equal(2, malformed.Exit);
        Assert.Contains($"{bad}, line 2: pattern 'x' refers to {{nowhere}}", malformed.Error);
        Assert.DoesNotContain("   at ", malformed.Error);
        Assert.False(File.Exists(target) || Directory.Exists(target), "nothing is written when the lexicon is refused");
    }
}
