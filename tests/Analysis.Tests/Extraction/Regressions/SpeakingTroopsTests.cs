namespace Analysis.Tests.Extraction.Regressions;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A few troops who speak right after their noun are voices, not a count: "two officers told reporters", "Three soldiers told the
/// BBC that …" (below speaker_count_ceiling). Near misses: troops told to do something are ordered, and many who say something
/// are still counted ("some 300 soldiers said they would stay" is a count of them). A few cited, quoted or
/// interviewed before their number are voices too ("citing two Somali officers"). The sentences are ours.
/// </summary>
public class SpeakingTroopsTests
{
    [Theory]
    [InlineData("Border\n\nSome 1,500 soldiers moved to the frontier, two officers told reporters.", 2)]
    [InlineData("Border\n\nThree soldiers told the radio station that the unit had lost 40 men.", 3)]
    [InlineData("Border\n\nFour marines said the camp had been shelled twice.", 4)]
    // Or cited, quoted or interviewed before their number.
    [InlineData("Border\n\nThe paper, which cited two Somali officers, said 1,500 Egyptian soldiers had landed.", 2)]
    [InlineData("Border\n\nAccording to three soldiers at the base, the unit had lost 40 men.", 3)]
    public void A_few_troops_who_speak_are_no_count(string document, double value) =>
        Assert.DoesNotContain(Counts(document), c => c.Value == value);

    [Theory]
    [InlineData("Border\n\nFive soldiers told to leave the base were killed on the road.", 5)]
    [InlineData("Border\n\nSome 300 soldiers said they would stay at the base.", 300)]
    [InlineData("Border\n\nEgypt sent two officers and 1,500 soldiers to the base.", 2)]
    public void Troops_told_or_many_who_speak_are_counted(string document, double value) =>
        Assert.Contains(Counts(document), c => c.Value == value);
}
