namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the status and unnamed-voice rules: a future verb plans its object, not its topic; a foreign dateline
/// names an unnamed military voice; a past perfect estimate stays earlier, past perfect speech does not. Both ways.
/// </summary>
public class FutureObjectsDatelinesAndPastPerfectTests
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

    [Theory]
    // Copy filed from one state about another's troops: the unnamed military voice is the filing state's.
    [InlineData("KYIV, Jan 12 (Reuters) - Roughly 4,000 North Korean soldiers have been killed or wounded in Kursk, military officials said.", 4000, "Ukrainian military officials")]
    [InlineData("SEOUL, March 3 (Reuters) - About 2,000 North Korean soldiers have been wounded near Sudzha, military officials said.", 2000, "South Korean military officials")]
    // No dateline, or the dateline of the troops' own state: the troops' country, as before.
    [InlineData("About 3,000 U.S. sailors arrived in Busan on Monday, a naval officer said.", 3000, "U.S. naval officers")]
    [InlineData("WASHINGTON, May 2 (Reuters) - About 3,000 U.S. sailors arrived in Busan on Monday, a naval officer said.", 3000, "U.S. naval officers")]
    public void A_foreign_dateline_names_the_unnamed_military_voice_before_the_troops_country(string sentence, double value, string origin) =>
        Assert.Equal(origin, FigureOf(sentence, value).AttributedTo);

    [Theory]
    // An estimate told in the past perfect stays earlier even when a clause follows it: the estimate was revised.
    [InlineData("Seoul had estimated in November that 10,000 North Korean troops were in Russia; it now puts the figure at 12,000.", 10000, EstimateStatus.Earlier)]
    [InlineData("Kyiv had assessed that about 8,000 soldiers were waiting near the border; the count is now higher.", 8000, EstimateStatus.Earlier)]
    // Speech told in the past perfect: the clause after it tells the figure's own time.
    [InlineData("The ministry had said on Friday that about 1,500 soldiers were being shipped home.", 1500, EstimateStatus.Current)]
    public void A_past_perfect_estimate_stays_earlier_past_perfect_speech_does_not(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
