using System.Globalization;

namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// A deadline without a year that bounds a commitment ("ordered them to leave by March 31", "agreed to complete the
/// pullout by 30 June") is still to come when the commitment was made, however past its verb: it is the next such day on
/// or after the article's, the figure's target, not the same day a year before. A date that tells what was done by then
/// ("had crossed by", "was completed by") stays in the past. Sentences written for these tests; dates are yyyy-MM-dd.
/// </summary>
public class CommitmentDeadlineTests
{
    [Theory]
    [InlineData("The junta ordered the 600 foreign soldiers to leave the country by March 31, state television said on Monday.", "2024-01-22",
        600, "2024-01-22", "2024-03-31")]
    [InlineData("Both governments had agreed to complete the pullout of 450 marines from the island by 30 June.", "2024-02-10",
        450, "2024-02-10", "2024-06-30")]
    [InlineData("The president has formally announced the withdrawal of the 1,200 peacekeepers from the north by Sept. 15.", "2024-05-03",
        1200, "2024-05-03", "2024-09-15")]
    [InlineData("Parliament has demanded that the 300 instructors quit the capital by December 1, the speaker's office said.", "2023-10-20",
        300, "2023-10-20", "2023-12-01")]
    [InlineData("The cabinet asked the neighbouring state to pull its 2,000 troops out of the border districts by Aug. 20.", "2024-07-02",
        2000, "2024-07-02", "2024-08-20")]
    // A deadline further than half a year ahead is still the next one, and a weekday the coming one.
    [InlineData("The two defence ministers agreed to withdraw the 900 troops from the valley by December 31.", "2024-02-05",
        900, "2024-02-05", "2024-12-31")]
    [InlineData("The governor ordered the 400 soldiers to leave the town by Friday.", "2024-03-13",
        400, "2024-03-13", "2024-03-15")]
    // Near misses: a deadline that fell due days before the article is the one it tells of, not next year's.
    [InlineData("The president had announced the withdrawal of the 2,500 soldiers by August 31.", "2021-09-02",
        2500, "2021-08-31", "-")]
    // Near misses: what had been done by a day before the article is dated then, with no target.
    [InlineData("About 1,800 soldiers had crossed the river by October 12, the defence ministry said.", "2023-11-04",
        1800, "2023-10-12", "-")]
    [InlineData("The withdrawal of the 700 troops was completed by April 28, the mission said.", "2024-06-11",
        700, "2024-04-28", "-")]
    [InlineData("The mission announced that the last 250 soldiers left the base by May 5.", "2024-06-11",
        250, "2024-05-05", "-")]
    [InlineData("The ministry ordered a review after the garrison had grown to 400 soldiers by March 3.", "2024-04-15",
        400, "2024-03-03", "-")]
    public void A_deadline_bounding_a_commitment_is_still_to_come(string text, string published, double value, string asOf, string target)
    {
        var count = CountOf(text, published, value);
        Assert.Equal((asOf, target), (Day(count.AsOf.Earliest), Day(count.Target.Earliest)));
    }

    // An event told with a past verb of commitment is not dated a year before the article it is in.
    [Theory]
    [InlineData("The council has requested that the foreign contingent depart by February 28, an official said on Sunday.", "2024-01-14")]
    [InlineData("The court ordered the two battalions to be out of the province by May 1.", "2024-03-19")]
    public void An_event_with_a_deadline_is_not_dated_a_year_early(string text, string published)
    {
        var day = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var events = Extract(text, published).Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Date.Earliest is not { } d || d >= day.AddDays(-7), $"{e.Date.Earliest}: {e.Summary}"));
    }

    private static TroopCount CountOf(string text, string published, double value)
    {
        var counts = Extract(text, published).TroopCounts;
        return counts.FirstOrDefault(c => c.Value == value || c.Low == value)
            ?? throw new Xunit.Sdk.XunitException($"no figure {value} in [{string.Join(", ", counts.Select(c => c.Phrase))}]: {text}");
    }

    private static DocumentFindings Extract(string text, string published) =>
        Extractor.Default.Extract(CorpusLoader.FromText("Development passage\n\n" + text, "test",
            new DocumentMetadata(Published: DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture))));

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
