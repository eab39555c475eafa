namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the status rules. A span up to now ("in the past 24
/// hours") is no past time a level is of, and "At the time of writing" opens the writer's own time; troops sent "to follow the retreating units" are sent, not still to follow. Each has a twin the rule must still read.
/// </summary>
public class SpansToNowAndToFollowTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A level held at a past time is earlier; one counted over the span up to now is current.
    [InlineData("The Estonian garrison numbered 1,300 soldiers last spring.", 1300, EstimateStatus.Earlier)]
    [InlineData("The Estonian garrison numbered 1,300 soldiers in the past week.", 1300, EstimateStatus.Current)]
    [InlineData("Kyiv counted 1,200 Russian soldiers killed in the past 24 hours.", 1200, EstimateStatus.Current)]
    [InlineData("Kyiv counted 1,200 Russian soldiers killed in the past.", 1200, EstimateStatus.Earlier)]
    public void SpanUpToNowIsNoPastLevel(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // "At the time" looks back; "At the time of writing" is now.
    [InlineData("At the time, about 1,200 French troops were in the country.", 1200, EstimateStatus.Earlier)]
    [InlineData("At the time of writing, about 1,200 French troops were in the country.", 1200, EstimateStatus.Current)]
    public void TimeOfWritingIsNow(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // The rest of a move still to follow is planned; troops sent to follow someone are there.
    [InlineData("Russia sent 900 troops, with a further 2,000 troops to follow.", 2000, EstimateStatus.Planned)]
    [InlineData("Russia sent 2,000 troops to follow the retreating Ukrainian units.", 2000, EstimateStatus.Current)]
    public void ToFollowWithAnObjectIsNoPlan(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
