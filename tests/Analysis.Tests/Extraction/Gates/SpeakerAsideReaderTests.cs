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
}
