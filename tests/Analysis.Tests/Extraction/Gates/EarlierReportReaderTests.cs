namespace Analysis.Tests.Extraction.Gates;

using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Generation;
using Analysis.Vocabulary;

/// <summary>
/// earlier_before's branch of an earlier report read word by word (session 29's second speed lane: "up from an earlier
/// estimate of 3,000"): wherever the reader says the pattern matches, it does, over the 80 characters before every space
/// and digit of every dev-set passage and of generated articles, and before every adjective and noun of its lists.
/// </summary>
public class EarlierReportReaderTests
{
    private static readonly TroopCountFinder Finder = TroopCountFinder.For(Lexicon.Default);

    private static IEnumerable<string> Sentences() =>
        DevSet.Load(TestData.DevSetPath).Items.SelectMany(i => i.ToDocument().Sentences).Select(s => s.Text)
            .Concat(CorpusGenerator.Articles(seed: 1).Take(600).SelectMany(a => a.Text.Split('\n')))
            .Concat(from adjective in Lexicon.Default.Words("earlier_adjectives")
                    from noun in Lexicon.Default.Words("report_nouns")
                    from between in new[] { " ", " new ", " U.S. ", " troop-level ", "  army's  Kyiv ", " a b c ", ", " }
                    from lead in new[] { "up from ", "up from an ", "after a ", "Rose. ", "" }
                    select $"{lead}{adjective}{between}{noun} of 3,000");

    [Fact]
    public void The_earlier_report_reader_finds_only_matches_of_earlier_before()
    {
        var (found, disagree) = (0, new List<string>());
        foreach (var sentence in Sentences())
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!(sentence[i] == ' ' || char.IsAsciiDigit(sentence[i]) && (i == 0 || !char.IsAsciiDigit(sentence[i - 1])))) continue;
                var before = sentence.AsSpan(Math.Max(0, i - 80), Math.Min(i, 80));
                if (!Finder.EarlierReportBeforeShortcut(before)) continue;
                found++;
                if (!Finder.EarlierBeforePattern(before) && disagree.Count < 10) disagree.Add(before.ToString());
            }
        Assert.Empty(disagree);
        Assert.True(found > 1_000, $"only {found} earlier reports read");
    }
}
