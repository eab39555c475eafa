namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// Where the sources step reads only where matches are (no Match objects), it finds what the
/// patterns' groups say: the countries' names and possessives, and the capitalized runs' names.
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
    public void Countries_found_are_the_patterns_matches_with_their_possessives()
    {
        var (found, possessive) = (0, 0);
        foreach (var text in Texts())
        {
            // Also within a range that cuts the text: nothing outside it is seen.
            foreach (var (start, end) in new[] { (0, text.Length), (text.Length / 3, text.Length - text.Length / 4) })
            {
                var expected = new List<string>();
                for (var m = Countries.Pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
                    if (Countries.TryResolve(m.Groups["c"].Value, out _))
                        expected.Add($"{m.Index}+{m.Length} {m.Groups["c"].Value.Replace('’', '\'')} {m.Groups["poss"].Success}");
                Assert.Equal(expected, Countries.Find(text, start, end).Select(c => $"{c.Span.Start}+{c.Span.Length} {Name(text, c)} {c.Possessive}").ToList());
                found += expected.Count;
                possessive += expected.Count(e => e.EndsWith("True"));
            }
        }
        Assert.True(found > 5000 && possessive > 1000, $"{found} names, {possessive} possessive");

        // The name of the country as Find's span spells it, possessive cut off.
        static string Name(string text, (TextSpan Span, string Country, bool Possessive) c)
        {
            var name = text[c.Span.Start..c.Span.End].Replace('’', '\'');
            return !c.Possessive ? name : name.EndsWith("'s") ? name[..^2] : name[..^1];
        }
    }
}
