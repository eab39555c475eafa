namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// A name's role tries the speech adverbials' patterns (an inverted verb's adverbials before the name, a speaker's after it)
/// only where <see cref="SpeechAdverbialGate"/> finds the one word they must end or open with: wherever a pattern matches,
/// the gate lets it run (every dev-set passage's sentences and generated articles, cut at each space; every listed word
/// written as the pattern allows).
/// </summary>
public class SpeechAdverbialGateTests
{
    private static readonly Regex Inverted = CitationRoles.InvertedAdverbials(Lexicon.Default);
    private static readonly Regex Leading = CitationRoles.LeadingAdverbials(Lexicon.Default);
    private static readonly SpeechAdverbialGate Gate = new(Lexicon.Default);

    [Fact]
    public void The_gate_reads_the_kits_pattern() => Assert.True(Gate.Reads);

    [Fact]
    public void The_gate_lets_every_match_of_either_pattern_run()
    {
        var ends = new GateAgreement(Inverted, Gate.MayEnd);
        var opens = new GateAgreement(Leading, Gate.MayOpen);
        foreach (var sentence in GateAgreement.Sentences(generated: 600))
            for (var i = 0; i < sentence.Length; i++)
                if (char.IsWhiteSpace(sentence[i]))
                {
                    // A name's left context ends in white space; its right context opens with it.
                    ends.Check(sentence.AsSpan(0, i + 1));
                    opens.Check(sentence.AsSpan(i));
                }
        Assert.Empty(ends.Missed);
        Assert.Empty(opens.Missed);
        Assert.True(ends.Matched > 100, $"only {ends.Matched} left contexts matched");
        Assert.True(opens.Matched > 100, $"only {opens.Matched} right contexts matched");
        Assert.True(ends.TurnedAway > 100_000, $"only {ends.TurnedAway} left contexts turned away");
        Assert.True(opens.TurnedAway > 100_000, $"only {opens.TurnedAway} right contexts turned away");
    }

    public static TheoryData<string> Closings() =>
        [.. new[] { "speech_occasion_nouns", "speech_media", "speaker_date_months" }.SelectMany(Lexicon.Default.Words).Distinct()];

    // Each listed word in the place the pattern reads it, spaced and cased as the pattern allows, with or without an article after.
    [Theory]
    [MemberData(nameof(Closings))]
    public void Every_listed_word_ending_an_adverbial_passes_the_gate(string word)
    {
        var agreement = new GateAgreement(Inverted, Gate.MayEnd);
        foreach (var written in GateAgreement.Written(word).Append(word.Replace('\'', '’')).Append(word.Replace('’', '\'')))
            foreach (var article in new[] { "", "the ", "THE ", "a " })
                foreach (var before in new[] { $"Troops left, said in a {written} ", $"Troops left, said at the {written}\t", $"Troops left, said on {written} ",
                    $"Troops left, said on 5 {written} ", $"Troops left, said on 5 {written}, 2024 ", $"Troops left, said on {written} 5 ", $"Troops left, said in a {written} on Monday " })
                    agreement.Check(before + article);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched >= 1, $"no context with '{word}' matched the pattern");
    }

    public static TheoryData<string> PatternWords() => [.. SpeechAdverbialGate.ClosingWords.Concat(SpeechAdverbialGate.OpeningWords).Distinct()];

    // The pattern's own words, at either end, in any case.
    [Theory]
    [MemberData(nameof(PatternWords))]
    public void Every_word_of_the_pattern_passes_the_gate_where_it_may_stand(string word)
    {
        var ends = new GateAgreement(Inverted, Gate.MayEnd);
        var opens = new GateAgreement(Leading, Gate.MayOpen);
        foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
        {
            foreach (var before in new[] { $"Troops left, said {written} ", $"Troops left, said last {written} the ", $"Troops left, said earlier this {written} ",
                $"Troops left, said {written} Monday ", $"Troops left, said {written} a news conference " })
                ends.Check(before);
            foreach (var after in new[] { $" {written} said", $"  {written} Tuesday said", $" {written} a news conference said", $" {written} week said",
                $" {written} this week said", $" {written} on Monday said", $" {written} Kyiv said" })
                opens.Check(after);
        }
        Assert.Empty(ends.Missed);
        Assert.Empty(opens.Missed);
        Assert.True(ends.Matched + opens.Matched >= 1, $"no context with '{word}' matched either pattern");
    }

    [Theory]
    [InlineData("The troops left, officials said that the ")]
    [InlineData("The troops left, said Defense Minister and the ")]
    [InlineData("The troops left, said in a statement issued by ")]
    [InlineData("The troops left, said ")]
    [InlineData("")]
    public void Left_contexts_no_adverbial_ends_are_turned_away(string before)
    {
        Assert.DoesNotMatch(Inverted, before);
        Assert.False(Gate.MayEnd(before));
    }

    [Theory]
    [InlineData(" and the ministry said")]
    [InlineData(" has said")]
    [InlineData(" spokesman said on Monday")]
    [InlineData(" ")]
    public void Right_contexts_no_adverbial_opens_are_turned_away(string after)
    {
        Assert.DoesNotMatch(Leading, after);
        Assert.False(Gate.MayOpen(after));
    }

    // IgnoreCase reads the Kelvin sign as "k" and a dotted capital I may be read as "i": a run past ASCII passes.
    [Theory]
    [InlineData("The troops left, said in a wee\u212A ")]
    [InlineData("The troops left, said in a stat\u0130ment ")]
    [InlineData("The troops left, said on \u0661\u0665 ")]
    public void A_last_run_past_ascii_passes(string before) => Assert.True(Gate.MayEnd(before));

    [Fact]
    public void Another_pattern_is_not_gated()
    {
        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""{ "patterns": { "speech_adverbial": "(?:today)" } }"""));
        var gate = new SpeechAdverbialGate(lexicon);
        Assert.False(gate.Reads);
        Assert.True(gate.MayEnd("officials said that the "));
        Assert.True(gate.MayOpen(" and the ministry said"));
    }
}
