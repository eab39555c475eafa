namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People counted by their country with no troop noun are troops where their clause sends them to the war: sent, deployed or
/// dispatched to one of the war's places ("were sent to Kursk", "were in Kursk"), deployed "to the front", sent by a verb of
/// sending right before them ("has sent about 12,000 North Koreans to Russia"), counted by a force noun and "of" ("a
/// contingent of some 11,000 North Koreans"), or counted as more of the troops
/// beside them ("600 other Kenyans already working alongside Haiti's police", as real reporting of the Haiti mission wrote
/// it). Workers, students, people sent to work and people flown home stay out. The sentences are ours.
/// </summary>
public class NationalsSentToTheWarTests
{
    [Theory]
    [InlineData("Around 9,000 North Koreans were deployed to Kursk in the autumn.", 9000, "North Korea")]
    [InlineData("Seoul thinks roughly 4,000 North Koreans have been moved to the front since January.", 4000, "North Korea")]
    [InlineData("A further 140 officers arrived on Sunday, joining some 500 other Kenyans already working with the local police.", 500, "Kenya")]
    [InlineData("Pyongyang has shipped roughly 6,000 North Koreans to Russia since the summer.", 6000, "North Korea")]
    [InlineData("Kyiv's intelligence chief said about 8,000 North Koreans were in Kursk by the end of the month.", 8000, "North Korea")]
    [InlineData("A contingent of roughly 7,000 North Koreans was moved west.", 7000, "North Korea")]
    public void Nationals_sent_to_the_war_are_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);

    [Theory]
    // Near misses: sent to work, working, studying.
    [InlineData("Around 3,000 North Koreans were sent to Kursk to work on rebuilding the town.")]
    [InlineData("Roughly 2,000 North Koreans work at building sites near Moscow.")]
    [InlineData("The charter firm flew 2,000 North Koreans home from Vladivostok.")]
    [InlineData("A delegation of some 500 North Koreans toured the plant.")]
    [InlineData("A further 140 officers arrived on Sunday, as some 500 Kenyans studying in the capital watched.")]
    public void Nationals_at_work_are_not(string text) =>
        Assert.DoesNotContain(Counts(text), c => c.Value is 3000 or 2000 or 500);
}
