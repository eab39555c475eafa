namespace Analysis.Tests.Extraction;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Session 22, status lane: a forecast or an intent told of the troops ("are likely to", "is meant to"), a plan's own
/// adjective before the figure, a slot "slated for" a move and troops still to be recruited are planned; a level the base
/// "used to" hold and a time the story looks back to ("At the time") are earlier. Each has a twin that must not change.
/// </summary>
public class S22StatusTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A forecast or an intent told of the troops: not so yet; told as a fact, as it is.
    [InlineData("About 700 Dutch soldiers are likely to stay at the airfield.", 700, EstimateStatus.Planned)]
    [InlineData("About 700 Dutch soldiers stay at the airfield.", 700, EstimateStatus.Current)]
    [InlineData("The new Czech brigade is meant to reach 4,000 soldiers.", 4000, EstimateStatus.Planned)]
    [InlineData("The new Czech brigade has reached 4,000 soldiers.", 4000, EstimateStatus.Current)]
    // A plan's own adjective right before the figure.
    [InlineData("The envisaged 6,000-strong Nordic force still lacks a commander.", 6000, EstimateStatus.Planned)]
    [InlineData("The 6,000-strong Nordic force still lacks a commander.", 6000, EstimateStatus.Current)]
    // Troops slated for a move.
    [InlineData("About 1,800 Danish troops are slated for deployment to Latvia.", 1800, EstimateStatus.Planned)]
    [InlineData("About 1,800 Danish troops are on deployment in Latvia.", 1800, EstimateStatus.Current)]
    // A headline's infinitive of recruiting, and the coordinated sending after it.
    [InlineData("Chile to recruit 2,500 and send 900 more troops north", 2500, EstimateStatus.Planned)]
    [InlineData("Chile to recruit 2,500 and send 900 more troops north", 900, EstimateStatus.Planned)]
    public void Forecasts_intents_and_plans_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A level the base used to hold, or once held.
    [InlineData("The Spanish base used to host some 4,000 American sailors.", 4000, EstimateStatus.Earlier)]
    [InlineData("The Spanish base hosts some 4,000 American sailors.", 4000, EstimateStatus.Current)]
    // A time the story looks back to, opening the sentence.
    [InlineData("At the time, about 1,300 Belgian troops were in the country.", 1300, EstimateStatus.Earlier)]
    [InlineData("At present, about 1,300 Belgian troops are in the country.", 1300, EstimateStatus.Current)]
    public void Levels_held_before_are_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
