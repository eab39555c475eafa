using System.Text.RegularExpressions;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// The matcher skips the regex at a word start unless the next few characters begin one of the
/// aliases (white space runs read as one space, either apostrophe as one). Every alias, written
/// every way the regex accepts, still matches: no spelling is lost to the shortcut.
/// </summary>
public class GazetteerContinuationTests
{
    // The shipped aliases, and made-up ones with spaces, apostrophes and ends among their first characters.
    public static TheoryData<string[]> Surfaces() => new()
    {
        SourceGazetteer.Default.SurfacesInOrder.ToArray(),
        new[] { "O'Neil Group", "D'Arcy", "A B C Unit", "X's Desk", "K", "Ka", "Kab", "Kabc", "Kab d", "Q' R", "7th Corps", "é Agency" }
            .OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray(),
    };

    private static List<TextSpan> Expected(Regex reference, string text)
    {
        var spans = new List<TextSpan>();
        for (var m = reference.Match(text); m.Success; m = m.NextMatch())
            spans.Add(new TextSpan(m.Groups["s"].Index, m.Groups["s"].Index + m.Groups["s"].Length));
        return spans;
    }

    // The spellings of one alias the regex accepts: either case of the first letter, any run of white
    // space for a space, either apostrophe.
    private static IEnumerable<string> Spellings(string surface)
    {
        var spaced = new[] { " ", "  ", "\n", "\t \u00A0", "\u2009" };
        for (var i = 0; i < spaced.Length; i++)
        {
            var s = surface.Replace(" ", spaced[i]);
            if (i % 2 == 1) s = s.Replace('\'', '’');
            yield return s;
            if (char.IsLetter(s[0])) yield return (char.IsUpper(s[0]) ? char.ToLowerInvariant(s[0]) : char.ToUpperInvariant(s[0])) + s[1..];
        }
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void Every_alias_in_every_spelling_matches_as_the_reference_regex_does(string[] surfaces)
    {
        var reference = new Regex(GazetteerMatcher.Pattern(surfaces), RegexOptions.CultureInvariant);
        var matcher = new GazetteerMatcher(surfaces);
        var found = 0;
        foreach (var surface in surfaces)
            foreach (var spelling in Spellings(surface))
                foreach (var text in new[] { spelling, "the " + spelling + ".", "(" + spelling + "’s view)", "Said " + spelling + " and " + spelling })
                {
                    var expected = Expected(reference, text);
                    Assert.Equal(expected, matcher.Find(text, 0, text.Length).ToList());
                    found += expected.Count;
                }
        Assert.True(found > surfaces.Length * 20, $"{found} matches");
    }

    [Theory]
    [InlineData("U.S.\u00A0Forces Korea and the UN\ntroops")]
    [InlineData("Yonhap\n\nNews Agency; Yonhap  News; Yonhap, News")]
    [InlineData("N IS, NI S, the N\tIS, NIS")]
    [InlineData("K", "KC", "KCN")]
    public void Near_misses_of_short_prefixes_match_as_the_reference_regex_does(params string[] texts)
    {
        var surfaces = SourceGazetteer.Default.SurfacesInOrder.ToArray();
        var reference = new Regex(GazetteerMatcher.Pattern(surfaces), RegexOptions.CultureInvariant);
        var matcher = new GazetteerMatcher(surfaces);
        foreach (var text in texts)
            Assert.Equal(Expected(reference, text), matcher.Find(text, 0, text.Length).ToList());
    }
}
