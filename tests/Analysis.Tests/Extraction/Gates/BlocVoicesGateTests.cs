namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// A bloc's voices are looked for only where <see cref="BlocVoices.MayMatch"/> finds a member's noun and a bloc's word:
/// wherever the bloc_voice pattern matches, the gate lets it run (every dev-set passage's sentences and generated articles,
/// of which it turns thousands away; every bloc word and member as the pattern allows them to be written), and sentences
/// that name members of no bloc ("the two countries") are turned away.
/// </summary>
public class BlocVoicesGateTests
{
    private static readonly Regex Pattern = Lexicon.Default.Regex("bloc_voice", RegexOptions.None);
    private static readonly BlocVoices Voices = new(Lexicon.Default);

    [Fact]
    public void The_gate_reads_the_kits_bloc_words() => Assert.True(Voices.ReadsBlocs);

    [Fact]
    public void The_gate_lets_every_match_of_the_pattern_run()
    {
        var agreement = new GateAgreement(Pattern, Voices.MayMatch);
        foreach (var sentence in GateAgreement.Sentences(generated: 600)) agreement.Check(sentence);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.TurnedAway > 5_000, $"only {agreement.TurnedAway} sentences turned away");
    }

    public static TheoryData<string, string> BlocsAndMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var bloc in Lexicon.Default.Words("bloc_words"))
            foreach (var member in Lexicon.Default.Words("bloc_members")) data.Add(bloc, member);
        return data;
    }

    [Theory]
    [MemberData(nameof(BlocsAndMembers))]
    public void Every_bloc_and_member_passes_the_gate(string bloc, string member)
    {
        var agreement = new GateAgreement(Pattern, Voices.MayMatch);
        foreach (var written in new[] { member, member.Replace(" ", "  "), member.Replace(" ", "\n") })
            foreach (var line in new[] { $"Officials of {bloc} {written} said", $"DIPLOMATS  from  several {bloc}\t{written}, he said", $"experts in a number of the {bloc} {written}." })
                agreement.Check(line);
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.Matched >= 3, $"only {agreement.Matched} lines with '{bloc} {member}' matched the pattern");
    }

    // Near misses: members with no bloc's word in its case, which the pattern cannot match either.
    [Theory]
    [InlineData("Officials of the two countries said 3,000 troops would stay.")]
    [InlineData("Diplomats from several western capitals said so.")]
    [InlineData("The nato states met.")]
    public void Members_of_no_bloc_are_turned_away(string sentence)
    {
        Assert.False(Voices.MayMatch(sentence));
        Assert.DoesNotMatch(Pattern, sentence);
    }

    // Another pattern than the one the gate reads (here one that reads its words in any case): the members' nouns alone gate it.
    [Fact]
    public void A_lexicon_with_another_bloc_pattern_reads_no_bloc_words()
    {
        var voices = new BlocVoices(Lexicon.Default.Merge(Lexicon.Parse("""{ "patterns": { "bloc_voice": "(?i)officials of the two countries" } }""")));
        Assert.False(voices.ReadsBlocs);
        Assert.True(voices.MayMatch("Officials of the two countries said so."));
    }
}
