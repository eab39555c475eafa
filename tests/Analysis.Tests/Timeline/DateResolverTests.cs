using System.Globalization;

namespace Analysis.Tests.Timeline;

using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>Date expressions in sentences written for these tests, resolved with and without a published date.</summary>
public class DateResolverTests
{
    // Friday 25 October 2024: the day the made-up articles below were "published".
    private const string Friday = "2024-10-25";
    private static readonly DateResolver Resolver = new(KnownEvents.Default);

    [Theory]
    // Explicit dates, with and without a published date: the text alone dates them.
    [InlineData("The ministry said on 2024-10-23 that the convoy had left.", null, "2024-10-23", "2024-10-23", DatePrecision.Day)]
    [InlineData("Officials confirmed the transfer on 23 October 2024.", null, "2024-10-23", "2024-10-23", DatePrecision.Day)]
    [InlineData("Officials confirmed the transfer on the 3rd of November 2024.", null, "2024-11-03", "2024-11-03", DatePrecision.Day)]
    [InlineData("The agency reported the move on Oct. 23, 2024, citing satellite images.", null, "2024-10-23", "2024-10-23", DatePrecision.Day)]
    [InlineData("The agency reported the move on October 23 2024.", null, "2024-10-23", "2024-10-23", DatePrecision.Day)]
    [InlineData("Drills were held in October 2024 near the border.", null, "2024-10-01", "2024-10-31", DatePrecision.Month)]
    [InlineData("Drills were held in Sept. 2024 near the border.", null, "2024-09-01", "2024-09-30", DatePrecision.Month)]
    [InlineData("Recruitment began in 2023, according to defectors.", null, "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("Recruitment began in early 2023, according to defectors.", null, "2023-01-01", "2023-04-30", DatePrecision.Interval)]
    [InlineData("The first units crossed in late October 2024.", null, "2024-10-21", "2024-10-31", DatePrecision.Interval)]
    [InlineData("Delegates met from 22 to 24 October 2024 in the city.", null, "2024-10-22", "2024-10-24", DatePrecision.Interval)]
    [InlineData("Delegates met on Oct. 22–24, 2024 in the city.", null, "2024-10-22", "2024-10-24", DatePrecision.Interval)]
    // A date without a year takes the year nearest the published date.
    [InlineData("Soldiers were seen boarding trains on Oct. 23.", Friday, "2024-10-23", "2024-10-23", DatePrecision.Day)]
    [InlineData("Soldiers were seen boarding trains on 14 December.", "2025-01-06", "2024-12-14", "2024-12-14", DatePrecision.Day)]
    [InlineData("The briefing took place in September.", Friday, "2024-09-01", "2024-09-30", DatePrecision.Month)]
    [InlineData("The briefing took place in mid-September.", Friday, "2024-09-11", "2024-09-20", DatePrecision.Interval)]
    // Relative to the published date.
    [InlineData("The lawmakers spoke to reporters yesterday.", Friday, "2024-10-24", "2024-10-24", DatePrecision.Day)]
    [InlineData("The spy agency briefed parliament today.", Friday, "2024-10-25", "2024-10-25", DatePrecision.Day)]
    [InlineData("The spy agency briefed parliament on Tuesday.", Friday, "2024-10-22", "2024-10-22", DatePrecision.Day)]
    [InlineData("The spy agency briefed parliament on Friday.", Friday, "2024-10-25", "2024-10-25", DatePrecision.Day)]
    [InlineData("The spy agency briefed parliament last Friday.", Friday, "2024-10-18", "2024-10-18", DatePrecision.Day)]
    [InlineData("The envoy will travel to the capital on Monday.", Friday, "2024-10-28", "2024-10-28", DatePrecision.Day)]
    [InlineData("The envoy arrives next Wednesday.", Friday, "2024-10-30", "2024-10-30", DatePrecision.Day)]
    [InlineData("Satellite images taken last week show new tents.", Friday, "2024-10-14", "2024-10-20", DatePrecision.Interval)]
    [InlineData("Satellite images taken this week show new tents.", Friday, "2024-10-21", "2024-10-27", DatePrecision.Interval)]
    [InlineData("The ministry denied the report earlier this week.", Friday, "2024-10-21", "2024-10-24", DatePrecision.Interval)]
    [InlineData("Pyongyang issued a warning earlier this month.", Friday, "2024-10-01", "2024-10-24", DatePrecision.Interval)]
    [InlineData("Pyongyang issued a warning last month.", Friday, "2024-09-01", "2024-09-30", DatePrecision.Month)]
    [InlineData("Pyongyang issued a warning this month.", Friday, "2024-10-01", "2024-10-31", DatePrecision.Month)]
    [InlineData("The treaty was ratified last year.", Friday, "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("The exchanges began earlier this year.", Friday, "2024-01-01", "2024-10-24", DatePrecision.Interval)]
    [InlineData("Two battalions moved east three days ago.", Friday, "2024-10-22", "2024-10-22", DatePrecision.Day)]
    [InlineData("Two battalions moved east two weeks ago.", Friday, "2024-10-07", "2024-10-13", DatePrecision.Interval)]
    [InlineData("Protests flared last weekend.", Friday, "2024-10-19", "2024-10-20", DatePrecision.Interval)]
    [InlineData("The rebels said they took the bridge at the weekend.", Friday, "2024-10-19", "2024-10-20", DatePrecision.Interval)]
    [InlineData("Three sappers were hurt over the weekend.", "2024-10-21", "2024-10-19", "2024-10-20", DatePrecision.Interval)]
    [InlineData("Three sappers were hurt over the weekend.", "2024-10-20", "2024-10-19", "2024-10-20", DatePrecision.Interval)] // published on its Sunday
    [InlineData("The second rotation began this past weekend.", "2024-10-22", "2024-10-19", "2024-10-20", DatePrecision.Interval)]
    [InlineData("The ministers will meet again at the weekend.", Friday, "2024-10-26", "2024-10-27", DatePrecision.Interval)]
    // A known event named instead of a date.
    [InlineData("The president spoke about the matter at the BRICS summit.", null, "2024-10-22", "2024-10-24", DatePrecision.Interval)]
    [InlineData("Reporters asked about it at the Kazan summit.", Friday, "2024-10-22", "2024-10-24", DatePrecision.Interval)]
    [InlineData("A pact was agreed during Putin's visit to Pyongyang.", null, "2024-06-19", "2024-06-19", DatePrecision.Day)]
    // The narrowest expression dates the sentence.
    [InlineData("On Oct. 23, 2024, during the BRICS summit, the leader took questions.", null, "2024-10-23", "2024-10-23", DatePrecision.Day)]
    public void Resolves(string sentence, string? published, string earliest, string latest, DatePrecision precision)
    {
        Assert.True(Resolver.TryResolve(sentence, Date(published), out var date), $"no date in: {sentence}");
        Assert.Equal((Date(earliest), Date(latest), precision), (date.Earliest, date.Latest, date.Precision));
        Assert.False(string.IsNullOrEmpty(date.Expression));
        Assert.Contains(date.Expression!, sentence);
    }

    [Theory]
    // Relative dates and year-less dates need a published date; without one they stay unknown, with their words kept.
    [InlineData("The spy agency briefed parliament on Tuesday.", "on Tuesday")]
    [InlineData("The lawmakers spoke to reporters yesterday.", "yesterday")]
    [InlineData("Satellite images taken last week show new tents.", "last week")]
    [InlineData("Pyongyang issued a warning earlier this month.", "earlier this month")]
    [InlineData("Soldiers were seen boarding trains on Oct. 23.", "Oct. 23")]
    [InlineData("The briefing took place in September.", "in September")]
    public void Without_a_published_date_relative_and_yearless_dates_stay_unknown(string sentence, string expression)
    {
        Assert.False(Resolver.TryResolve(sentence, null, out var date));
        Assert.Equal(EventDate.Unknown, date);
        var unresolved = Resolver.Resolve(sentence);
        Assert.Equal(DatePrecision.Unknown, unresolved.Precision);
        Assert.Null(unresolved.Earliest);
        Assert.Null(unresolved.Latest);
        Assert.Equal(expression, unresolved.Expression);
    }

    [Theory]
    // Nothing that only looks like a date is one.
    [InlineData("Some 2,000 soldiers may be sent by rail.")]
    [InlineData("A force of 2024 troops was mentioned in one report.")]
    [InlineData("They may march at dawn.")]
    [InlineData("Analysts expect the pact to hold.")]
    [InlineData("About 10,000 troops are training in the east.")]
    [InlineData("Recent statements hinted at closer ties.")]
    public void Text_without_a_date_is_undated(string sentence)
    {
        Assert.False(Resolver.TryResolve(sentence, Date(Friday), out var date));
        Assert.Equal(EventDate.Unknown, Resolver.Resolve(sentence, Date(Friday)));
        Assert.Equal(DatePrecision.Unknown, date.Precision);
    }

    [Theory]
    [InlineData("Officials met before the BRICS summit.")]
    [InlineData("Officials met ahead of the BRICS summit.")]
    [InlineData("Shipments increased after the Kazan summit.")]
    public void A_sentence_before_or_after_a_known_event_is_not_dated_at_it(string sentence) =>
        Assert.False(Resolver.TryResolve(sentence, null, out _));

    [Fact]
    public void A_known_event_far_from_the_published_date_is_another_edition_and_does_not_date()
    {
        Assert.False(Resolver.TryResolve("Leaders gathered for the BRICS summit.", new DateOnly(2027, 7, 1), out _));
        Assert.True(Resolver.TryResolve("Leaders gathered for the BRICS summit.", new DateOnly(2024, 11, 2), out _));
    }

    [Fact]
    public void Events_a_user_adds_resolve_by_alias()
    {
        var events = KnownEvents.Default.Add("Party plenum", new DateOnly(2024, 12, 23), new DateOnly(2024, 12, 27), "party plenum", "plenary meeting");
        var resolver = new DateResolver(events);
        Assert.True(resolver.TryResolve("The plan was endorsed at the plenary meeting.", null, out var date));
        Assert.Equal((new DateOnly(2024, 12, 23), new DateOnly(2024, 12, 27), DatePrecision.Interval), (date.Earliest, date.Latest, date.Precision));
        Assert.False(DateResolver.Default.TryResolve("The plan was endorsed at the plenary meeting.", null, out _));
        Assert.Equal(KnownEvents.Default.Events.Count + 1, events.Events.Count);
    }

    [Fact]
    public void Finds_every_expression_with_its_span()
    {
        const string text = "Yesterday the agency said that on 2 November 2024 and during the BRICS summit the units moved.";
        var mentions = Resolver.FindAll(text, Date(Friday));
        Assert.Equal(new[] { "Yesterday", "2 November 2024", "BRICS summit" }, mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]));
        Assert.Equal(new[] { DateForm.Relative, DateForm.Explicit, DateForm.Anchor }, mentions.Select(m => m.Form));
    }

    [Theory]
    // Other cases, spellings and spacings: the lexicon's words match as the patterns did.
    [InlineData("It began on 2024-10-23 and ended on Oct. 25, 2024.", "2024-10-23", DatePrecision.Day)]
    [InlineData("YESTERDAY they left; this morning they returned.", "2024-11-05", DatePrecision.Day)]
    [InlineData("The 3rd of November saw more; so did Nov 4.", "2024-11-03", DatePrecision.Day)]
    [InlineData("Two Weeks AGO and 3 days\nago and a year ago.", "2024-11-03", DatePrecision.Day)]
    [InlineData("Sept. 9 and Sep 10 and Aug. 1st.", "2024-09-09", DatePrecision.Day)]
    // The narrowest wins: the first week of February (the one nearest the published day) over half of November.
    [InlineData("In the first week of February and the second half of Nov. 2024.", "2025-02-01", DatePrecision.Interval)]
    [InlineData("By the end of the year, the start of next month.", "2024-12-31", DatePrecision.Day)]
    // Winter 2023 (December to February, 91 days) is narrower than the spring (92).
    [InlineData("In the spring, last Summer and winter 2023.", "2023-12-01", DatePrecision.Interval)]
    public void Dates_resolve_in_other_cases_and_spellings(string sentence, string earliest, DatePrecision precision)
    {
        var date = Resolver.Resolve(sentence, new DateOnly(2024, 11, 6));
        Assert.Equal((Date(earliest), precision), (date.Earliest, date.Precision));
    }

    [Fact]
    public void A_corpus_lexicon_adds_a_spelling_of_a_month()
    {
        var lexicon = Analysis.Vocabulary.Lexicon.Default.Merge(Analysis.Vocabulary.Lexicon.Parse("""{ "words": { "october": ["Okt."] } }"""));
        var date = new DateResolver(KnownEvents.Default, lexicon).Resolve("The units moved on Okt. 23, 2024.");
        Assert.Equal((new DateOnly(2024, 10, 23), DatePrecision.Day), (date.Earliest, date.Precision));
        Assert.Equal(DatePrecision.Unknown, Resolver.Resolve("The units moved on Okt. 23, 2024.").Precision);
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
