namespace Analysis.Tests.Extraction.Gates;

using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Generation;
using Analysis.Vocabulary;

/// <summary>
/// speaker_after's asides read word by word (session 29's second speed lane: "… at the United Nations warned", "… (HUR)
/// said"): wherever the reader says the pattern matches, it does, and the whole speaker_after reader answers as the pattern,
/// after every space, parenthesis and comma of every dev-set passage and of generated articles.
/// </summary>
public class SpeakerAsideReaderTests
{
    private static readonly CitationRoles Roles = new(Lexicon.Default);

    private static IEnumerable<string> Sentences() =>
        DevSet.Load(TestData.DevSetPath).Items.SelectMany(i => i.ToDocument().Sentences).Select(s => s.Text)
            .Concat(CorpusGenerator.Articles(seed: 1).Take(600).SelectMany(a => a.Text.Split('\n')));

    [Fact]
    public void The_aside_reader_finds_only_matches_of_speaker_after()
    {
        var (found, disagree) = (0, new List<string>());
        foreach (var sentence in Sentences())
            for (var i = 0; i < sentence.Length; i++)
            {
                if (sentence[i] is not (' ' or '(' or ',')) continue;
                var after = sentence.AsSpan(i);
                var pattern = Roles.SpeakerAfterPattern(after);
                if (Roles.AsidesThenVerbShortcut(after))
                {
                    found++;
                    if (!pattern && disagree.Count < 10) disagree.Add("reader only: " + after.ToString());
                }
                if (Roles.SpeaksAfterShortcut(after) != pattern && disagree.Count < 10) disagree.Add("speaks after: " + after.ToString());
            }
        Assert.Empty(disagree);
        Assert.True(found > 1_000, $"only {found} asides read");
    }

    // Session 45: where the readings tell the verb's end ("has denied", "(HUR) said"), SaysNothing and PlacesWhatItMoves do not
    // run the pattern for it; that end must be the pattern's, wherever they tell one.
    [Theory]
    [InlineData(" has denied the report.")]
    [InlineData(" has also denied the report.")]
    [InlineData(" has not denied it")]
    [InlineData(" (HUR) put the number at 3,000.")]
    [InlineData(" (HUR) (GUR) has denied that")]
    [InlineData(" pointed out that")]
    [InlineData(" was quoted as saying")]
    [InlineData(" last week said")]
    public void The_verb_end_the_readings_tell_is_the_pattern_s(string after)
    {
        var end = Roles.ReadVerbEnd(after);
        if (end >= 0) Assert.Equal(Roles.SpeakerAfterPatternEnd(after), end);
    }

    [Theory]
    [InlineData(" has denied the report.", 11)]
    [InlineData(" (HUR) put the number at 3,000.", 10)]
    [InlineData(" (HUR) (GUR) has denied that", 23)]
    public void The_readings_tell_the_verb_end_where_no_longer_phrase_stands(string after, int end) =>
        Assert.Equal(end, Roles.ReadVerbEnd(after));

    [Fact]
    public void The_verb_end_the_readings_tell_is_the_pattern_s_everywhere()
    {
        var (told, disagree) = (0, new List<string>());
        foreach (var sentence in Sentences())
            for (var i = 0; i < sentence.Length; i++)
            {
                if (sentence[i] is not (' ' or '(' or ',')) continue;
                var after = sentence.AsSpan(i);
                if (Roles.ReadVerbEnd(after) is not (>= 0 and var end)) continue;
                told++;
                if (Roles.SpeakerAfterPatternEnd(after) != end && disagree.Count < 10) disagree.Add($"{end}: {after}");
            }
        Assert.Empty(disagree);
        Assert.True(told > 1_000, $"only {told} verb ends told");
    }
}
