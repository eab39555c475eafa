namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// speaker_before is run before a name only where <see cref="SpeakerBeforeGate"/> finds the last words one of its branches
/// ends with: wherever the pattern matches, the gate lets it run (before every word of every dev-set passage and of generated
/// articles, and after every phrase of the lists its branches end with).
/// </summary>
public class SpeakerBeforeGateTests
{
    private static readonly Regex SpeakerBefore = Lexicon.Default.Regex("speaker_before", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
    private static readonly SpeakerBeforeGate Gate = new(Lexicon.Default);

    [Fact]
    public void The_gate_lets_every_match_of_speaker_before_run()
    {
        var agreement = new GateAgreement(SpeakerBefore, Gate.MayMatch);
        foreach (var sentence in GateAgreement.Sentences(generated: 300))
            for (var i = 1; i < sentence.Length; i++)
                // The left context of a word: the sentence up to it, white space last.
                if (char.IsWhiteSpace(sentence[i - 1]) && !char.IsWhiteSpace(sentence[i])) agreement.Check(sentence.AsSpan(0, i));
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched > 300, $"only {agreement.Matched} matches");
        Assert.True(agreement.TurnedAway > 100_000, $"only {agreement.TurnedAway} texts turned away");
    }

    public static TheoryData<string> Endings()
    {
        var lexicon = Lexicon.Default;
        var fillers = lexicon.Words("according_fillers");
        return
        [
            .. fillers.Select(f => $"according to {f}"), .. fillers.Select(f => $"According to the latest {f}"), .. fillers.Select(f => $"per {f}"),
            .. fillers.Select(f => $"according to the {f} {f}"),
            .. lexicon.Words("statement_nouns").SelectMany(n => lexicon.Words("statement_links").Where(l => !l.StartsWith("of")).Select(l => $"the {n} {l}")),
            .. lexicon.Words("statement_nouns").Select(n => $"new {n} of"),
            .. lexicon.Words("quoting_verbs"), .. lexicon.Words("passive_speech_verbs").Select(v => $"was {v} by"),
            .. lexicon.Words("figure_giving_verbs").Select(v => $"The figures were {v} at a briefing by"), "a spokesman for", "according to", "per",
        ];
    }

    // Each ending, spaced and cased as the pattern allows, with and without "the" after it: wherever the pattern matches, the
    // gate says it may.
    [Theory]
    [MemberData(nameof(Endings))]
    public void Every_ending_of_the_branches_passes_the_gate(string ending)
    {
        var agreement = new GateAgreement(SpeakerBefore, Gate.MayMatch);
        foreach (var written in GateAgreement.Written(ending))
            foreach (var before in new[] { $"{written} ", $"{written} the ", $"Troops arrived, {written}\t", $"(Last week) {written} THE  " })
                agreement.Check(before);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched > 0, $"no text ending with '{ending}' matched the pattern");
    }

    // What the gate is for: a left context that ends in a filler word or a mark, where a word of the pattern stands elsewhere.
    [Theory]
    [InlineData("According to South Korea's National Intelligence Service, ")]
    [InlineData("According to the National Intelligence Service, twelve thousand North Korean soldiers are now stationed in ")]
    [InlineData("More than 10,500 personnel are now stationed in ")]
    public void A_context_that_ends_otherwise_is_turned_away(string before)
    {
        Assert.DoesNotMatch(SpeakerBefore, before);
        Assert.False(Gate.MayMatch(before));
    }
}
