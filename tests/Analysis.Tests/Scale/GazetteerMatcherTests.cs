using System.Text.RegularExpressions;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Generation;

/// <summary>
/// The fast gazetteer matcher finds exactly what the one big alternation regex it replaced finds:
/// the same spans, in the same order, on written sentences, generated articles and chopped-up text.
/// </summary>
public class GazetteerMatcherTests
{
    private static readonly SourceGazetteer Gazetteer = SourceGazetteer.Default;
    private static readonly Regex Reference = new(GazetteerMatcher.Pattern(Gazetteer.SurfacesInOrder), RegexOptions.CultureInvariant);
    private static readonly GazetteerMatcher Matcher = new(Gazetteer.SurfacesInOrder.ToArray());

    private static List<TextSpan> Expected(string text, int start, int end)
    {
        var spans = new List<TextSpan>();
        for (var m = Reference.Match(text, start, end - start); m.Success; m = m.NextMatch())
            spans.Add(new TextSpan(m.Groups["s"].Index, m.Groups["s"].Index + m.Groups["s"].Length));
        return spans;
    }

    [Theory]
    [InlineData("The Pentagon said so, and the  Pentagon\nagreed with The\tPentagon.")]
    [InlineData("Pentagon-led talks; Pentagon's view; the Pentagon’s view; Pentagons; NIS-linked; NIS's figure.")]
    [InlineData("According to South Korea's National Intelligence Service and the NIS, Yonhap News Agency and Yonhap reported.")]
    [InlineData("Ukraine's military intelligence (HUR) said HUR and GUR agree; Ukraine’s military intelligence too.")]
    [InlineData("xthe Pentagon, _NIS, 'NIS', -NIS, ‘NIS’, “the NIS”, (NIS), NIS.")]
    [InlineData("THE PENTAGON and the pentagon and tHE Pentagon and the Pentagonal plan")]
    [InlineData("The The Pentagon the the NIS, then the")]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("The ")]
    public void Written_sentences_match_as_the_reference_regex_does(string text)
    {
        for (var start = 0; start <= text.Length; start += Math.Max(1, text.Length / 7))
            for (var end = start; end <= text.Length; end += Math.Max(1, text.Length / 5))
                Assert.Equal(Expected(text, start, end), Matcher.Find(text, start, end).ToList());
        Assert.Equal(Expected(text, 0, text.Length), Matcher.Find(text, 0, text.Length).ToList());
    }

    [Fact]
    public void Generated_articles_and_their_fragments_match_as_the_reference_regex_does()
    {
        var random = new Random(11);
        foreach (var article in CorpusGenerator.Articles(5).Take(40))
        {
            var text = article.Text;
            Assert.Equal(Expected(text, 0, text.Length), Matcher.Find(text, 0, text.Length).ToList());
            for (var i = 0; i < 20; i++)
            {
                var start = random.Next(text.Length);
                var end = random.Next(start, text.Length + 1);
                Assert.Equal(Expected(text, start, end), Matcher.Find(text, start, end).ToList());
            }
        }
    }

    [Fact]
    public void Shuffled_words_of_the_gazetteer_match_as_the_reference_regex_does()
    {
        // Words of the aliases themselves, glued with spaces, apostrophes, hyphens and punctuation:
        // the near misses ("NIS-", "the\n", "Korea’s") where a hand-written matcher could go wrong.
        var words = Gazetteer.SurfacesInOrder.SelectMany(s => s.Split(' ')).Concat(["the", "The", "THE", "é", "_", "9"]).Distinct().ToArray();
        var glue = new[] { " ", "  ", "\n", "-", "'", "’", "'s ", "’s ", ", ", ". ", "(", ") ", "\u00A0", "", "é" };
        var random = new Random(3);
        for (var n = 0; n < 400; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)] + glue[random.Next(glue.Length)]));
            Assert.Equal(Expected(text, 0, text.Length), Matcher.Find(text, 0, text.Length).ToList());
            var start = random.Next(text.Length);
            var end = random.Next(start, text.Length + 1);
            Assert.Equal(Expected(text, start, end), Matcher.Find(text, start, end).ToList());
        }
    }
}
