namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Status: a forecast or an intent told of the troops ("are likely to", "is meant to"), a plan's own
/// adjective before the figure, troops "slated for", "earmarked" or picked "for possible deployment", what an accord
/// "provides for", a hope, the rest of a move "to follow" and troops still to be recruited or sent by a headline's
/// infinitive are planned; a level the base "used to" hold, a time the story looks back to ("At the time"), an era told as
/// history ("during the Cold War") and a level held at a past time ("numbered 1,700 last spring") are earlier. Each has a
/// twin that must not change.
/// </summary>
public class ForecastsIntentsAndEarmarksTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A forecast or an intent told of the troops: not so yet; told as a fact, as it is.
    [InlineData("About 700 Dutch soldiers are likely to stay at the airfield.", 700, EstimateStatus.Planned)]
    [InlineData("About 700 Dutch soldiers stay at the airfield.", 700, EstimateStatus.Current)]
    [InlineData("The new Czech brigade is meant to reach 4,000 soldiers.", 4000, EstimateStatus.Planned)]
    [InlineData("The new Czech brigade has reached 4,000 soldiers.", 4000, EstimateStatus.Current)]
    // An intent to make troops available: not there yet; troops made available already are.
    [InlineData("Minsk intends to make another 3,000 soldiers available to the mission.", 3000, EstimateStatus.Planned)]
    [InlineData("Minsk has made 3,000 soldiers available to the mission.", 3000, EstimateStatus.Current)]
    // A plan's own adjective right before the figure.
    [InlineData("The envisaged 6,000-strong Nordic force still lacks a commander.", 6000, EstimateStatus.Planned)]
    [InlineData("The 6,000-strong Nordic force still lacks a commander.", 6000, EstimateStatus.Current)]
    // Troops slated for a move.
    [InlineData("About 1,800 Danish troops are slated for deployment to Latvia.", 1800, EstimateStatus.Planned)]
    [InlineData("About 1,800 Danish troops are on deployment in Latvia.", 1800, EstimateStatus.Current)]
    // A headline's infinitive of recruiting, and the coordinated sending after it.
    [InlineData("Chile to recruit 2,500 and send 900 more troops north", 2500, EstimateStatus.Planned)]
    [InlineData("Chile to recruit 2,500 and send 900 more troops north", 900, EstimateStatus.Planned)]
    // Troops set aside or picked for a move not made yet; troops already moved stay as they are.
    [InlineData("Roughly 2,200 Slovak troops are earmarked for the mission.", 2200, EstimateStatus.Planned)]
    [InlineData("The army has picked 1,600 Slovak troops for possible deployment to the region.", 1600, EstimateStatus.Planned)]
    [InlineData("The army has sent 1,600 Slovak troops for a deployment to the region.", 1600, EstimateStatus.Current)]
    // What an accord provides for, or a hope, is not there yet.
    [InlineData("The accord provides for 7,000 Estonian troops on the border.", 7000, EstimateStatus.Planned)]
    [InlineData("The accord left 7,000 Estonian troops on the border.", 7000, EstimateStatus.Current)]
    [InlineData("Tbilisi hopes for 3,000 Latvian troops after the ceasefire.", 3000, EstimateStatus.Planned)]
    // The rest of a move not made yet.
    [InlineData("The first 900 Irish soldiers landed on Monday, with a further 1,400 to follow.", 1400, EstimateStatus.Planned)]
    [InlineData("The first 900 Irish soldiers landed on Monday, with a further 1,400 already there.", 1400, EstimateStatus.Current)]
    // A verb of sending joined to a headline's infinitive shares its "to"; a headline without one stays as it is.
    [InlineData("Peru to call up 3,000 reservists and send 1,100 soldiers south", 1100, EstimateStatus.Planned)]
    [InlineData("Peru calls up 3,000 reservists and sends 1,100 soldiers south", 1100, EstimateStatus.Current)]
    public void Forecasts_intents_and_plans_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A level the base used to hold, or once held.
    [InlineData("The Spanish base used to host some 4,000 American sailors.", 4000, EstimateStatus.Earlier)]
    [InlineData("The Spanish base hosts some 4,000 American sailors.", 4000, EstimateStatus.Current)]
    // A time the story looks back to, opening the sentence.
    [InlineData("At the time, about 1,300 Belgian troops were in the country.", 1300, EstimateStatus.Earlier)]
    [InlineData("At present, about 1,300 Belgian troops are in the country.", 1300, EstimateStatus.Current)]
    // An era told as history, opening the sentence or after the figure; the present stays as it is.
    [InlineData("During the Cold War, about 230,000 American soldiers were based in Italy.", 230000, EstimateStatus.Earlier)]
    [InlineData("About 230,000 American soldiers were based in Italy during the Cold War.", 230000, EstimateStatus.Earlier)]
    [InlineData("About 13,000 American soldiers are based in Italy.", 13000, EstimateStatus.Current)]
    // A level held, told at a time of the past; troops sent then, or a level held since then, stay as they are.
    [InlineData("The Irish battalion, which numbered 1,700 last spring, has since been cut.", 1700, EstimateStatus.Earlier)]
    [InlineData("Ireland sent 1,700 soldiers to the border last spring.", 1700, EstimateStatus.Current)]
    [InlineData("Ireland has kept 1,700 soldiers on the border since last spring.", 1700, EstimateStatus.Current)]
    public void Levels_held_before_are_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
