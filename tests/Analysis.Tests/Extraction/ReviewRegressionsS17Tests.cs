namespace Analysis.Tests.Extraction;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Regressions the session 17 review found in round 1's merge, with the reviewer's probes and twins of our own, both ways.
/// </summary>
public class ReviewRegressionsS17Tests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // The figure is what the future verb is about (a briefing, talks, pressure, a response): troops there now.
    [InlineData("Officials will brief lawmakers on the 11,000 North Korean soldiers fighting in Kursk.", 11000, EstimateStatus.Current)]
    [InlineData("The U.S. will press China over the 12,000 North Korean troops deployed in Russia.", 12000, EstimateStatus.Current)]
    [InlineData("The summit will focus on the 100,000 Russian troops massed at the border.", 100000, EstimateStatus.Current)]
    [InlineData("The committee will hear testimony about the 4,500 marines stationed on the atoll.", 4500, EstimateStatus.Current)]
    [InlineData("Warsaw will respond to the 20,000 soldiers Minsk moved to the frontier.", 20000, EstimateStatus.Current)]
    // The figure is the future verb's object: still to come.
    [InlineData("Officials will send 3,000 more soldiers to the island next spring.", 3000, EstimateStatus.Planned)]
    [InlineData("The ministry will station about 4,500 marines on the atoll.", 4500, EstimateStatus.Planned)]
    [InlineData("The government will enlarge its army to 90,000 soldiers under the new law.", 90000, EstimateStatus.Planned)]
    public void A_future_verb_plans_its_object_not_its_topic(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
