namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// A change told in the present progressive ("is halving its force to 2,500") is read before a figure only where
/// <see cref="TroopCountsComponent.MayChangeProgressively"/> finds the first word of one of progressive_change_verbs, in any
/// case, or a character past ASCII: wherever progressive_change_to or progressive_change_from matches the text before a
/// number (every dev-set passage's sentences and generated articles; every verb as the patterns allow it to be written),
/// the gate lets it run, and text with no such verb is turned away.
/// </summary>
public class ProgressiveChangeGateTests
{
    private static readonly Regex To = Lexicon.Default.Regex("progressive_change_to", RegexOptions.IgnoreCase);
    private static readonly Regex From = Lexicon.Default.Regex("progressive_change_from", RegexOptions.IgnoreCase);
    private static readonly System.Buffers.SearchValues<string>? Verbs = TroopCountsComponent.ProgressiveChangeVerbStarts(Lexicon.Default);

    private static bool Gate(ReadOnlySpan<char> text) => TroopCountsComponent.MayChangeProgressively(Verbs, text);

    [Fact]
    public void The_gate_reads_the_kits_verbs() => Assert.NotNull(Verbs);

    [Fact]
    public void The_gate_lets_every_match_of_the_patterns_run()
    {
        var to = new GateAgreement(To, Gate);
        var from = new GateAgreement(From, Gate);
        foreach (var sentence in GateAgreement.Sentences(generated: 600))
            for (var i = 1; i < sentence.Length; i++)
            {
                if (!char.IsDigit(sentence[i]) || char.IsDigit(sentence[i - 1])) continue;
                var before = sentence.AsSpan(Math.Max(0, i - 140), i - Math.Max(0, i - 140));
                to.Check(before);
                from.Check(before);
            }
        Assert.Empty(to.Missed);
        Assert.Empty(from.Missed);
        Assert.True(to.TurnedAway > 10_000, $"only {to.TurnedAway} texts turned away");
    }

    public static TheoryData<string> TheVerbs() => [.. Lexicon.Default.Words("progressive_change_verbs")];

    [Theory]
    [MemberData(nameof(TheVerbs))]
    public void Every_verb_passes_the_gate(string verb)
    {
        var to = new GateAgreement(To, Gate);
        var from = new GateAgreement(From, Gate);
        foreach (var written in GateAgreement.Written(verb))
        {
            to.Check($"The force is {written} to about ");
            to.Check($"Police numbers ARE ALSO {written} from 20 to ");
            from.Check($"France, which is now {written} its force from some ");
        }
        Assert.Empty(to.Missed);
        Assert.Empty(from.Missed);
        Assert.True(to.Matched >= 2 && from.Matched >= 1, $"'{verb}' matched {to.Matched} and {from.Matched} times");
    }

    // Near misses: a change told another way, which the patterns cannot match either.
    [Theory]
    [InlineData("The force was sent to ")]
    [InlineData("Numbers rose from ")]
    [InlineData("The army is sending about ")]
    public void Text_with_no_verb_of_a_change_is_turned_away(string text)
    {
        Assert.False(Gate(text));
        Assert.DoesNotMatch(To, text);
        Assert.DoesNotMatch(From, text);
    }

    // Text past ASCII is read by the patterns whatever it holds: their case folding is not OrdinalIgnoreCase's there.
    [Fact]
    public void Text_past_ascii_always_passes() => Assert.True(Gate("Die Truppe wird verstärkt auf "));

    // A verb the gate cannot hold as written (an apostrophe, which the patterns match as either one): no gate.
    [Fact]
    public void A_verb_with_an_apostrophe_leaves_no_gate()
    {
        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""{ "words": { "progressive_change_verbs": ["o'erloading", "halving"] } }"""));
        Assert.Null(TroopCountsComponent.ProgressiveChangeVerbStarts(lexicon));
        Assert.True(TroopCountsComponent.MayChangeProgressively(null, "Numbers rose from "));
    }
}
