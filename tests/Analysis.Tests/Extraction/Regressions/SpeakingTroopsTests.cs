namespace Analysis.Tests.Extraction.Regressions;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A few troops who speak right after their noun are voices, not a count: "two officers told reporters", "Three soldiers told the
/// BBC that …" (below speaker_count_ceiling). Near misses: troops told to do something are ordered, and many who say something
/// are still counted ("some 300 soldiers said they would stay" is a count of them). The sentences are ours.
/// </summary>
public class SpeakingTroopsTests
{
    [Theory]
    [InlineData("Border\n\nSome 1,500 soldiers moved to the frontier, two officers told reporters.", 2)]
    [InlineData("Border\n\nThree soldiers told the radio station that the unit had lost 40 men.", 3)]
    [InlineData("Border\n\nFour marines said the camp had been shelled twice.", 4)]
    public void A_few_troops_who_speak_are_no_count(string document, double value) =>
        Assert.DoesNotContain(Counts(document), c => c.Value == value);

    [Theory]
    [InlineData("Border\n\nFive soldiers told to leave the base were killed on the road.", 5)]
    [InlineData("Border\n\nSome 300 soldiers said they would stay at the base.", 300)]
    public void Troops_told_or_many_who_speak_are_counted(string document, double value) =>
        Assert.Contains(Counts(document), c => c.Value == value);
}
