namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Timeline;
using Analysis.Vocabulary;

/// <summary>
/// An event's summary tries summary_aside only where <see cref="SummaryAsideGate"/> finds a comma, an opener's first word
/// after it and a later comma: wherever the pattern matches, the gate lets it run (every dev-set passage's sentences and
/// generated articles, whole and from each space and comma on; every opener as the pattern allows it to be written).
/// </summary>
public class SummaryAsideGateTests
{
    private static readonly Regex Aside = Lexicon.Default.Regex("summary_aside");
    private static readonly SummaryAsideGate Gate = new(Lexicon.Default);

    [Fact]
    public void The_gate_reads_the_kits_pattern() => Assert.True(Gate.Reads);

    [Fact]
    public void The_gate_lets_every_match_of_the_aside_run()
    {
        var agreement = new GateAgreement(Aside, Gate.MayMatch);
        foreach (var sentence in GateAgreement.Sentences(generated: 600))
        {
            agreement.Check(sentence);
            // A line is the sentence cut at its start (a connective, a leading clause) or its end (a trailing clause).
            for (var i = 0; i < sentence.Length; i++)
                if (sentence[i] is ' ' or ',')
                {
                    agreement.Check(sentence.AsSpan(i + 1));
                    agreement.Check(sentence.AsSpan(0, i));
                }
        }
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched > 1_000, $"only {agreement.Matched} matches");
        Assert.True(agreement.TurnedAway > 100_000, $"only {agreement.TurnedAway} lines turned away");
    }

    public static TheoryData<string> Openers() => [.. Lexicon.Default.Words("summary_aside_openers")];

    // Each opener, spaced and cased as the pattern allows, between commas (a number's comma inside the aside too).
    [Theory]
    [MemberData(nameof(Openers))]
    public void Every_opener_passes_the_gate(string opener)
    {
        var agreement = new GateAgreement(Aside, Gate.MayMatch);
        foreach (var written in GateAgreement.Written(opener))
            foreach (var line in new[] { $"The troops, {written} the ministry, arrived", $"The troops,  {written} 1,500 men,arrived", $"The troops,\n{written}: more,",
                $"Seoul,\t{written}-now, said", $"Officials,   {written}, 2 more, and others, left" })
                agreement.Check(line);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched >= 5, $"only {agreement.Matched} lines with '{opener}' matched the pattern");
    }

    // IgnoreCase reads the Kelvin sign as "k": a word with a letter past ASCII passes.
    [Theory]
    [InlineData("Troops, li\u212Ae the marines, left")]
    [InlineData("Troops, LI\u212AE the marines, left")]
    public void A_word_past_ascii_passes(string line)
    {
        Assert.Matches(Aside, line);
        Assert.True(Gate.MayMatch(line));
    }

    // Near misses: what the gate is for, lines with an opener's first word that the pattern cannot match.
    [Theory]
    [InlineData("North Korean troops were deployed in Kursk, the ministry said in a statement.")]
    [InlineData("About 3,000 soldiers arrived in the region as the talks went on.")]
    [InlineData("The troops, who arrived in May")]
    [InlineData("The troops,who arrived in May, left")]
    [InlineData("The troops, which arrived in May,2 left")]
    [InlineData("The troops, arriving in May, left")]
    public void Lines_the_pattern_cannot_match_are_turned_away(string line)
    {
        Assert.DoesNotMatch(Aside, line);
        Assert.False(Gate.MayMatch(line));
    }

    // Another pattern than the one the gate reads: it lets every line through.
    [Fact]
    public void A_lexicon_with_another_aside_pattern_is_not_gated()
    {
        var lexicon = Lexicon.Parse("""{ "patterns": { "summary_aside": "\\(.*?\\)" } }""");
        var gate = new SummaryAsideGate(Lexicon.Default.Merge(lexicon));
        Assert.False(gate.Reads);
        Assert.True(gate.MayMatch("No comma here (an aside)"));
    }
}
