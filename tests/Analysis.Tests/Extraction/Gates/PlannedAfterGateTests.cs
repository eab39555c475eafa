namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// planned_after is run after a figure only where <see cref="PlannedAfterGate"/> finds the words one of its branches needs:
/// wherever the pattern matches, the gate lets it run (after every space and comma of every dev-set passage and of generated
/// articles, and after a figure written with every phrase of the gate's lists).
/// </summary>
public class PlannedAfterGateTests
{
    private static readonly Regex PlannedAfter = Lexicon.Default.Regex("planned_after", RegexOptions.IgnoreCase);
    private static readonly PlannedAfterGate Gate = new(Lexicon.Default);

    [Fact]
    public void The_gate_lets_every_match_of_planned_after_run()
    {
        var agreement = new GateAgreement(PlannedAfter, Gate.MayMatch);
        foreach (var sentence in GateAgreement.Sentences(generated: 600))
            for (var i = 0; i < sentence.Length; i++)
            {
                if (sentence[i] is not (' ' or ',')) continue;
                // The whole rest of the sentence, and the 80 characters a figure set off by commas is read with (AppositivePlan).
                agreement.Check(sentence.AsSpan(i));
                agreement.Check(sentence.AsSpan(i, Math.Min(80, sentence.Length - i)));
            }
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched > 500, $"only {agreement.Matched} matches");
        Assert.True(agreement.TurnedAway > 10_000, $"only {agreement.TurnedAway} texts turned away");
    }

    public static TheoryData<string> Phrases() =>
    [
        .. Lexicon.Default.Words("future_modals"), .. Lexicon.Default.Words("future_after"), .. Lexicon.Default.Words("subject_future_modals"),
        .. Lexicon.Default.Words("plan_progressives"),
        .. from auxiliary in new[] { "are", "is", "were", "was" } from word in Lexicon.Default.Words("expectation_words") select $"{auxiliary} {word}",
        .. Lexicon.Default.Words("be_infinitives").Select(word => $"to {word}"),
        .. Lexicon.Default.Words("plan_presents").Select(word => $"{word} to"),
    ];

    // Each phrase, spaced and cased as the pattern allows, in the clauses the branches read: wherever the pattern matches, the gate
    // says it may.
    [Theory]
    [MemberData(nameof(Phrases))]
    public void Every_phrase_the_branches_need_passes_the_gate(string phrase)
    {
        var agreement = new GateAgreement(PlannedAfter, Gate.MayMatch);
        foreach (var written in GateAgreement.Written(phrase))
            foreach (var after in new[] { $" {written} be deployed", $" {written} arrive", $" soldiers {written} deploy next week", $" {written} send more",
                $" troops that Pyongyang {written}", $" troops that are {written} to go", $" troops that Seoul {written} send", $" of the 3,000 {written} leave" })
                agreement.Check(after);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched > 0, $"no text with '{phrase}' matched the pattern");
    }

    // What the gate is for: a first word of a longer phrase ("were to", "was to") without its second word.
    [Theory]
    [InlineData(" from North Korea were training in the Primorsky region.")]
    [InlineData(" were taking part in combat in the Kursk border area, up from an earlier estimate of ")]
    [InlineData(" was in the north, and 2,000 more in the south.")]
    public void A_first_word_alone_is_turned_away(string after)
    {
        Assert.DoesNotMatch(PlannedAfter, after);
        Assert.False(Gate.MayMatch(after));
    }
}
