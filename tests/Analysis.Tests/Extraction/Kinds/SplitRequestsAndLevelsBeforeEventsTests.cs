namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Shapes of plans and past levels: a request split by its time is planned, a level there was before an event is earlier, each with twins that must
/// not change.
/// </summary>
public class SplitRequestsAndLevelsBeforeEventsTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A request split by the time or the occasion it was made asks for troops not there yet.
    [InlineData("General Moore asked in August for 40,000 more Dutch troops, officials said.", 40000, EstimateStatus.Planned)]
    [InlineData("The commander called last week for 5,000 more Kenyan peacekeepers.", 5000, EstimateStatus.Planned)]
    [InlineData("The president appealed at the summit for 3,000 Nigerian soldiers.", 3000, EstimateStatus.Planned)]
    // Not a unit formed for its size, nor a request for something else about troops there.
    [InlineData("The Belgian brigade, formed in August for 3,000 soldiers, is now in place.", 3000, EstimateStatus.Current)]
    [InlineData("Officials asked on Friday for news of the 3,000 Belgian troops stationed there.", 3000, EstimateStatus.Current)]
    public void A_request_split_by_its_time_is_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // "there were" against a past event opening the sentence, or a time of the past after it: a level of then.
    [InlineData("When the mission began in 2019, there were 3,000 French troops in Mali.", 3000, EstimateStatus.Earlier)]
    [InlineData("There were about 2,400 Italian soldiers in the country last year, officials said.", 2400, EstimateStatus.Earlier)]
    // Not a level still to come, nor the latest count dated "as of".
    [InlineData("When the talks end, there will be 3,000 French troops in Mali.", 3000, EstimateStatus.Planned)]
    [InlineData("There were a little over 1,000 U.S. troops in Niger as of last year, operating from two bases.", 1000, EstimateStatus.Current)]
    public void A_level_there_was_before_an_event_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
