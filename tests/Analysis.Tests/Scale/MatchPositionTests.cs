namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// Where the sources step reads only where matches are (no Match objects), it finds what the
/// patterns' groups say: the capitalized runs' names.
/// </summary>
public class MatchPositionTests
{
    private static readonly string[] CountryWords =
        ["North Korea", "North Korean", "Russia", "Russian Federation", "U.S.", "US", "UK", "Kyiv", "Korean People's Army", "Korean People’s Army", "Seoul", "us", "Russians", "DPRK"];

    private static readonly string[] After = [" ", "'s ", "’s ", "' ", "’ ", "'", "n ", "s ", ".", "", "-", ", ", "'t ", "'st "];

    private static IEnumerable<string> Texts()
    {
        var random = new Random(41);
        return PrefilterTests.Sentences().Concat(Enumerable.Range(0, 5000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 5))
            .Select(_ => CountryWords[random.Next(CountryWords.Length)] + After[random.Next(After.Length)]))));
    }

    [Fact]
    public void A_capitalized_run_is_its_name_group()
    {
        var runs = 0;
        foreach (var text in Texts())
            foreach (System.Text.RegularExpressions.Match m in SourceFinder.CapitalizedRun().Matches(text))
            {
                Assert.Equal((m.Index, m.Length), (m.Groups["name"].Index, m.Groups["name"].Length));
                runs++;
            }
        Assert.True(runs > 3000, $"{runs} runs");
    }
}
