namespace Analysis.Tests.Extraction.Speakers;

using System.Globalization;
using Analysis.Extraction;
using Analysis.Generation;
using Analysis.Vocabulary;

/// <summary>
/// The shortcuts that spare the citation patterns agree with them: over a few thousand generated sentences, at every space,
/// the speaker_after reader answers as speaker_after does, and "according to (the)" found by reading words is a match of
/// speaker_before; a Turkish current culture changes neither.
/// </summary>
public class CitationShortcutsTests
{
    private static readonly CitationRoles Roles = new(Lexicon.Default);

    private static IEnumerable<string> Sentences() =>
        CorpusGenerator.Articles(seed: 3).Take(400)
            .SelectMany(a => a.Text.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Contains(' ', StringComparison.Ordinal))
            .Take(3000);

    [Fact]
    public void The_speaker_after_reader_answers_as_the_pattern()
    {
        var disagree = new List<string>();
        var tried = 0;
        foreach (var sentence in Sentences())
            for (var i = 0; i < sentence.Length; i++)
            {
                if (sentence[i] != ' ') continue;
                var after = sentence.AsSpan(i);
                tried++;
                if (Roles.SpeaksAfterShortcut(after) != Roles.SpeakerAfterPattern(after) && disagree.Count < 10) disagree.Add(after.ToString());
            }
        Assert.True(tried > 10_000, $"only {tried} spans tried");
        Assert.Empty(disagree);
    }

    [Fact]
    public void According_to_read_by_words_is_a_match_of_speaker_before()
    {
        var found = 0;
        foreach (var sentence in Sentences().Select(s => "According to the ministry " + s + " according to "))
            for (var i = 0; i < sentence.Length; i++)
            {
                if (sentence[i] != ' ') continue;
                var before = sentence.AsSpan(0, i + 1);
                if (!CitationRoles.AccordingToShortcut(before)) continue;
                found++;
                Assert.True(Roles.SpeakerBeforePattern(before), before.ToString());
            }
        Assert.True(found >= 3000, $"only {found} shortcuts found");
    }

    [Theory]
    [InlineData("ACCORDING TO ")]
    [InlineData("Troops in the north, according to the ")]
    [InlineData("INFORMATION ACCORDING TO THE ")]
    public void Case_folds_the_same_under_a_Turkish_culture(string before)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var roles = new CitationRoles(Lexicon.Default);
            Assert.True(CitationRoles.AccordingToShortcut(before));
            Assert.True(roles.SpeakerBeforePattern(before));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
