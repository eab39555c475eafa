namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Timeline;
using Analysis.Vocabulary;

/// <summary>
/// An event's summary tries summary_trailing_attribution only where <see cref="SummaryAttributionGate"/> finds a reporting
/// verb after the line's last comma, near its end: wherever the pattern matches, the gate lets it run (every dev-set
/// passage's sentences and generated articles, whole and cut at each space and comma; every verb as the pattern allows it
/// to be written).
/// </summary>
public class SummaryAttributionGateTests
{
    private static readonly Regex Attribution = Lexicon.Default.Regex("summary_trailing_attribution");
    private static readonly SummaryAttributionGate Gate = new(Lexicon.Default);

    [Fact]
    public void The_gate_reads_the_kits_pattern() => Assert.True(Gate.Reads);

    [Fact]
    public void The_gate_lets_every_match_of_the_attribution_run()
    {
        var agreement = new GateAgreement(Attribution, Gate.MayMatch);
        foreach (var sentence in GateAgreement.Sentences(generated: 600))
        {
            agreement.Check(sentence);
            agreement.Check(sentence.TrimEnd('.', ' '));
            // A line is the sentence cut at its start or its end (a trailing clause, a last phrase).
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

    public static TheoryData<string> Verbs() => [.. Lexicon.Default.Words("summary_reporting_verbs")];

    // Each verb, spaced and cased as the pattern allows, with none to six words after it, in either branch.
    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_verb_passes_the_gate(string verb)
    {
        var agreement = new GateAgreement(Attribution, Gate.MayMatch);
        string[] after = ["", " on Friday", " in a statement on Friday", " one two three four five", " one two three four five six"];
        foreach (var written in GateAgreement.Written(verb))
            foreach (var tail in after)
                foreach (var line in new[] { $"Troops arrived in May, the ministry {written}{tail}", $"Troops arrived, in May,  officials\t{written}{tail}\n",
                    $"Troops arrived in May, {written}{tail}", $"Troops arrived in May,\n{written} {tail}", $"Troops arrived in May, Seoul’s spy agency {written}{tail}" })
                    agreement.Check(line);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched >= 20, $"only {agreement.Matched} lines with '{verb}' matched the pattern");
    }

    // IgnoreCase reads the Kelvin sign as "k": a word with a letter past ASCII passes.
    [Fact]
    public void A_word_past_ascii_passes()
    {
        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""{ "words": { "summary_reporting_verbs": ["asked"] } }"""));
        var (pattern, gate) = (lexicon.Regex("summary_trailing_attribution"), new SummaryAttributionGate(lexicon));
        const string line = "Troops arrived in May, the minister as\u212Aed on Friday";
        Assert.True(gate.Reads);
        Assert.Matches(pattern, line);
        Assert.True(gate.MayMatch(line));
    }

    // Near misses: what the gate is for, lines with a reporting verb that the pattern cannot match.
    [Theory]
    [InlineData("The ministry said that 3,000 troops had arrived in the Kursk region, where fighting went on")]
    [InlineData("Troops arrived in May, the ministry said on Friday that more would follow within weeks")]
    [InlineData("Troops arrived in May,the ministry said")]
    [InlineData("Troops arrived in May and the ministry said so")]
    [InlineData("Troops arrived in May, the ministry said, and more followed")]
    public void Lines_the_pattern_cannot_match_are_turned_away(string line)
    {
        Assert.DoesNotMatch(Attribution, line);
        Assert.False(Gate.MayMatch(line));
    }

    // Another pattern than the one the gate reads: it lets every line through.
    [Fact]
    public void A_lexicon_with_another_attribution_pattern_is_not_gated()
    {
        var gate = new SummaryAttributionGate(Lexicon.Default.Merge(Lexicon.Parse("""{ "patterns": { "summary_trailing_attribution": "\\(said\\)$" } }""")));
        Assert.False(gate.Reads);
        Assert.True(gate.MayMatch("No comma here (said)"));
    }
}
