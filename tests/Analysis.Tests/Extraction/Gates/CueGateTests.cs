namespace Analysis.Tests.Extraction.Gates;

using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;
using Analysis.Vocabulary;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The cheap tests that spare a rule its work where it cannot match (session 29's speed lane) let through every word the rule
/// reads: each is built from the same lexicon list as the rule, so a word added to the list is covered here too.
/// </summary>
public class CueGateTests
{
    public static TheoryData<string> CharacterizingVerbs() => [.. Lexicon.Default.Words("characterizing_verbs")];

    // Characterizes is tried only where a characterizing verb follows the name (the gate compares as the verb set does;
    // a capitalised verb would join the name's run of capitals, so only the list's own spelling is tried here).
    [Theory]
    [MemberData(nameof(CharacterizingVerbs))]
    public void Every_characterizing_verb_passes_the_gate(string verb) =>
        Assert.Contains(Mentions($"The bloc is pulling out its 9,000 peacekeepers in what Secretary-General Maria Lind {verb} a hasty retreat."),
            m => m.Source == "Maria Lind");

    public static TheoryData<string> EarlierAdverbs() => [.. Lexicon.Default.Words("earlier_adverbs")];

    // earlier_before's adverb branch is tried only where one of the adverb's words is in the text before the figure: each
    // adverb, its words spaced as the pattern allows, still makes the figure an earlier one.
    [Theory]
    [MemberData(nameof(EarlierAdverbs))]
    public void Every_earlier_adverb_passes_the_gate(string adverb)
    {
        Assert.NotEqual(EstimateStatus.Earlier, Only("Untitled\n\nThe mission numbered 5,000 soldiers in the region.").Status);
        foreach (var written in new[] { adverb, adverb.Replace(" ", "  "), adverb.ToUpperInvariant() })
            Assert.Equal(EstimateStatus.Earlier, Only($"Untitled\n\nThe mission {written} numbered 5,000 soldiers in the region.").Status);
    }

    public static TheoryData<string> AsidePrepositions() => [.. Lexicon.Default.Words("speaker_aside_prepositions")];

    // speaker_after is not run where a preposition's aside of a place cannot lead to a reporting verb ("in Seoul held"): one
    // that does ("in Washington said", "of the Pentagon press office said") still makes the name before it speak.
    [Theory]
    [MemberData(nameof(AsidePrepositions))]
    public void Every_place_aside_that_reaches_a_verb_passes_the_gate(string preposition)
    {
        var speaker = Assert.Single(Counts("The Pentagon said on Monday that 3,000 troops had arrived.")).AttributedTo;
        Assert.NotNull(speaker);
        foreach (var aside in new[] { "Washington", "the Washington Press Office", "Washington D.C." })
            Assert.Equal(speaker, Assert.Single(Counts($"The Pentagon {preposition} {aside} said on Monday that 3,000 troops had arrived.")).AttributedTo);
    }

    // The clauses are split when the dates first read them (ClausesBySentence): the same clauses as splitting every
    // sentence first, in any order of reading, and the same dates over every dev-set passage.
    [Fact]
    public void Clauses_split_on_demand_are_the_clauses_and_give_the_same_dates()
    {
        foreach (var item in DevSet.Load(TestData.DevSetPath).Items)
        {
            var document = item.ToDocument();
            var eager = document.Sentences.Select(Clauses.Default.Of).ToArray();
            var lazy = new ClausesBySentence(document.Sentences, Clauses.Default);
            Assert.Equal(eager.Length, lazy.Count);
            for (var i = lazy.Count - 1; i >= 0; i--) Assert.Equal(eager[i], lazy[i]);
            var counts = Extractor.Default.Extract(document).TroopCounts;
            var (first, second) = (DocumentDates.Of(document, counts, eager), DocumentDates.Of(document, counts, new ClausesBySentence(document.Sentences, Clauses.Default)));
            Assert.Equal(first.Sentences, second.Sentences);
            Assert.Equal(first.Mentions.SelectMany(m => m), second.Mentions.SelectMany(m => m));
            Assert.Equal(first.Figures(counts), second.Figures(counts));
        }
    }
}
