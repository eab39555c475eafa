namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Status in three broad categories of real reporting (a figure's troops as
/// the subject of a future form, whatever the verb; a level held, told against a later event; a plan told of the troops after
/// the figure). Each category has rows that must change and twins with the same words that must not.
/// </summary>
public class FutureFormsAndHeldLevelsTests
{
    private static EstimateStatus StatusOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value).Status;

    [Theory]
    // The troops are the subject of "will"/"would"/"shall"/"is to": still to come, whatever the verb.
    [InlineData("The minister said roughly 2,500 Estonian conscripts would patrol the eastern frontier from June.", 2500, EstimateStatus.Planned)]
    [InlineData("The agency said 900 peacekeepers would secure the airport once the ceasefire holds.", 900, EstimateStatus.Planned)]
    [InlineData("The ministry said the 1,400-strong contingent would start departing on Tuesday.", 1400, EstimateStatus.Planned)]
    [InlineData("Some 6,000 Japanese troops will train with American forces on Kyushu, the ministry said.", 6000, EstimateStatus.Planned)]
    // The same troops doing it now, or a possibility only ("could"), or what was done: as they are.
    // A hedge that is a verb, after a modal or "expected to": the level still to come.
    [InlineData("About 2,000 troops were at the base on Monday, a number expected to pass 4,000 by Friday.", 4000, EstimateStatus.Planned)]
    [InlineData("The international force will top 12,000 by the spring, officials said.", 12000, EstimateStatus.Planned)]
    [InlineData("The international force now tops 12,000, officials said.", 12000, EstimateStatus.Current)]
    [InlineData("Timeline\n\n30 May More than 5,100 U.S. personnel are in the country.", 5100, EstimateStatus.Current)]
    [InlineData("Roughly 2,500 Estonian conscripts patrol the eastern frontier, the minister said.", 2500, EstimateStatus.Current)]
    [InlineData("Officials said 6,000 soldiers could face disciplinary action.", 6000, EstimateStatus.Current)]
    [InlineData("The ministry said 800 soldiers had arrived and would stay until June.", 800, EstimateStatus.Current)]
    [InlineData("About 3,000 troops are deployed there and will stay until spring, the ministry said.", 3000, EstimateStatus.Current)]
    public void The_subject_of_a_future_form_is_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A level held ("had", "stood at") told against a later event after it or opening the sentence: the level before.
    [InlineData("The army had about 5,000 soldiers in the south before the offensive, officials said.", 5000, EstimateStatus.Earlier)]
    [InlineData("The garrison stood at some 3,200 troops before the border clashes.", 3200, EstimateStatus.Earlier)]
    [InlineData("Italy had about 1,800 soldiers in the country when Rome announced their withdrawal.", 1800, EstimateStatus.Earlier)]
    [InlineData("When the government announced the withdrawal, Italy had about 1,800 soldiers in the country.", 1800, EstimateStatus.Earlier)]
    // No later event, a sending verb (something done, not a level held), or a bare participle after "when": as they are.
    [InlineData("The army had about 5,000 soldiers in the south, officials said.", 5000, EstimateStatus.Current)]
    [InlineData("The garrison sent some 3,200 troops to the border before the clashes.", 3200, EstimateStatus.Current)]
    [InlineData("When asked, the minister said Russia had about 5,000 soldiers in the region.", 5000, EstimateStatus.Current)]
    public void A_level_held_before_a_later_event_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A plan told of the troops after the figure: a relative clause or their own verb.
    [InlineData("Officials described a second wave of 4,000 soldiers that Minsk is planning, the report said.", 4000, EstimateStatus.Planned)]
    [InlineData("The agency counted 120 recruits already enlisted and about 300 more who are preparing to sign up.", 300, EstimateStatus.Planned)]
    [InlineData("He questioned whether the 5,000 sappers the ministry plans to send would be enough.", 5000, EstimateStatus.Planned)]
    // Another predicate after "and", or troops preparing what they hold now: as they are.
    [InlineData("Moscow has about 575,000 troops in the region and plans to increase that to 600,000.", 575000, EstimateStatus.Current)]
    [InlineData("About 2,000 soldiers are preparing defensive positions near the city, officials said.", 2000, EstimateStatus.Current)]
    public void A_plan_told_after_the_figure_is_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));
}

/// <summary>
/// Dated events: event verbs of real reporting (troops leaving or
/// reaching a place, strikes, maps or footage published, exercises) and "last" before a month alone.
/// </summary>
public class EventVerbsAndLastMonthTests
{
    private static readonly DateOnly Friday = new(2024, 10, 25);

    private static IReadOnlyList<Analysis.Timeline.TimelineEvent> EventsOf(string sentence) =>
        Extractor.Default.Extract(Analysis.Corpus.CorpusLoader.FromText("A made-up headline\n" + sentence, "made-up",
            new Analysis.Corpus.DocumentMetadata(Published: Friday))).Events;

    [Theory]
    [InlineData("The last 20 engineers left the island on Thursday, the ministry said.", Analysis.Timeline.EventKinds.Deployment, "2024-10-24")]
    [InlineData("A first company of marines reached the base on Monday.", Analysis.Timeline.EventKinds.Deployment, "2024-10-21")]
    [InlineData("Warplanes struck two fuel depots near the port on Saturday.", Analysis.Timeline.EventKinds.Combat, "2024-10-19")]
    [InlineData("The general staff published maps of the front line on Wednesday.", Analysis.Timeline.EventKinds.Statement, "2024-10-23")]
    [InlineData("The naval exercise ended on Tuesday off the coast.", Analysis.Timeline.EventKinds.Training, "2024-10-22")]
    public void Moves_strikes_publications_and_exercises_are_dated_events(string sentence, string kind, string day)
    {
        var e = Assert.Single(EventsOf(sentence));
        Assert.Equal((kind, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), (e.Kind, e.Date.Earliest!.Value));
    }

    [Theory]
    // "left" naming a side or what remains is no departure.
    [InlineData("Engineers dug trenches on the left bank of the river.")]
    [InlineData("Only a few dozen instructors are left at the old airfield.")]
    public void Left_as_a_side_or_a_remainder_is_no_deployment(string sentence) =>
        Assert.DoesNotContain(EventsOf(sentence), e => e.Kind == Analysis.Timeline.EventKinds.Deployment);

    [Theory]
    // "last" before a month alone: that month before the article, in the year before when the month is later in the year.
    [InlineData("Four soldiers were killed in a border clash last June.", "2021-02-19", "2020-06-01", "2020-06-30")]
    [InlineData("The rotation began last July, the army said.", "2026-02-13", "2025-07-01", "2025-07-31")]
    [InlineData("The rotation began last July, the army said.", "2025-10-13", "2025-07-01", "2025-07-31")]
    public void Last_and_a_month_is_that_past_month(string sentence, string published, string earliest, string latest)
    {
        var resolver = new Analysis.Timeline.DateResolver(Analysis.Timeline.KnownEvents.Default);
        Assert.True(resolver.TryResolve(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), out var date));
        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)),
            (date.Earliest!.Value, date.Latest!.Value));
    }
}
