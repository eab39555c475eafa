namespace Analysis.Tests.Timeline;

using Analysis.Timeline;
using Analysis.Vocabulary;

// The date rules written as phrase lists and code (they were patterns at 8e5263e; each row reads as that pattern did).
public class DateVocabularyTests
{
    private static readonly DateVocabulary Words = DateVocabulary.Default;

    [Theory]
    [InlineData("The troops had moved", true)]        // a word of date_clause_past
    [InlineData("Pyongyang deployed more", true)]     // a verb in -ed
    [InlineData("from 1,700 in April", true)]         // a clause that opens with "from"
    [InlineData("up from 3,000 in October", true)]
    [InlineData("The troops Had Moved", false)]       // case matters: "Had" opens no past, "Moved" is no -ed verb in lower case
    [InlineData("they need more", false)]             // "need" ends in -ed but is a four-letter word
    [InlineData("a red flag", false)]
    public void A_clause_speaks_of_the_past(string clause, bool past) =>
        Assert.Equal(past, Words.ClauseSpeaksOfPast(clause, 0, clause.Length));

    [Theory]
    [InlineData("talks held ahead of the ", true)]
    [InlineData("troops arrived before this year's ", true)]
    [InlineData("in the wake of the annual ", true)]
    [InlineData("troops arrived before the three other big ", false)] // three words after "the"
    [InlineData("troops arrived at the ", false)]
    [InlineData("troops arrived before", false)]                   // no white space after the cue
    public void Words_before_a_known_event_put_a_sentence_before_or_after_it(string before, bool notAt) =>
        Assert.Equal(notAt, Words.NotAtAnchor(before, before.Length));

    [Theory]
    [InlineData(" and ", true)]
    [InlineData(" – ", true)]
    [InlineData(" to on ", true)]
    [InlineData(" and on", false)]      // "on" needs white space after it
    [InlineData(" or ", false)]
    public void Two_dates_are_joined_into_a_range(string between, bool joins) =>
        Assert.Equal(joins, Words.JoinsRange(between, 0, between.Length));

    [Theory]
    [InlineData("present there since ", true)]
    [InlineData("present there Since  ", true)]
    [InlineData("present there since", false)]
    [InlineData("present there ever-since ", true)]
    [InlineData("present there sincere ", false)]
    public void Since_before_a_date_starts_a_period(string before, bool starts) =>
        Assert.Equal(starts, Words.StartsPeriodAt(before, before.Length));

    // The rules of words alone (they were the patterns date_today, date_weekday, date_relative_period and
    // date_edge_of_period at 6a6e83a): the leftmost match, each slot's phrases longest first, whole words.
    [Theory]
    [InlineData("today", "It happened today.", "today")]
    [InlineData("today", "Troops left Yesterday,", "Yesterday")]
    [InlineData("today", "talks this  morning", "this  morning")]
    [InlineData("today", "today's talks", "today")]               // an apostrophe ends the word
    [InlineData("today", "todays", null)]                          // a letter after it: no word of the list
    [InlineData("today", "x_today", null)]                         // "_" is a word character: no word starts there
    [InlineData("weekday", "said on Monday", "on Monday")]
    [InlineData("weekday", "said this past Friday.", "this past Friday")]
    [InlineData("weekday", "said This coming Sunday", "This coming Sunday")]
    [InlineData("weekday", "this morning Monday", "Monday")]       // "this" needs the weekday right after it
    [InlineData("weekday", "upon Monday", "Monday")]               // "on" inside a word is no relation
    [InlineData("weekday", "said on monday", null)]                // a weekday's case matters
    [InlineData("weekday", "Mondays", null)]
    [InlineData("period", "earlier this month", "earlier this month")]
    [InlineData("period", "the previous weekend", "the previous weekend")]
    [InlineData("period", "Last weeks", null)]                    // "week" with a letter after it
    [InlineData("period", "earlier, this year", "this year")]     // "earlier" needs white space after it
    [InlineData("period", "over the past year2", "the past year")] // a digit after the unit does not stop it
    [InlineData("edge", "by the end of next month", "the end of next month")]
    [InlineData("edge", "at start of the year", "start of the year")]
    [InlineData("edge", "the end of this decade", null)]
    [InlineData("edge", "the middle of last  week", "the middle of last  week")]
    public void A_rule_of_words_finds_what_its_pattern_found(string rule, string text, string? found)
    {
        var r = rule switch { "today" => Words.Today, "weekday" => Words.Weekday, "period" => Words.RelativePeriod, _ => Words.EdgeOfPeriod };
        var m = r.Next(text, 0);
        Assert.Equal(found, m is null ? null : text[m.Start..m.End]);
    }

    // "over three days ending on" before a day (the pattern date_over_days at 6a6e83a): the words must reach the day,
    // white space between them and it.
    [Theory]
    [InlineData("wounded 47 over three days ending on ", "three")]
    [InlineData("Over the past 10 days up  to ", "10")]
    [InlineData("over the last five days through ", "five")]
    [InlineData("over 3 days to", null)]                  // no white space before the day
    [InlineData("over 123 days to ", null)]               // one or two digits
    [InlineData("over three days ending on Monday ", null)] // other words before the day
    [InlineData("turnover 3 days to ", null)]             // "over" inside a word
    public void Over_a_count_of_days_ends_at_the_day(string before, string? count)
    {
        var m = Words.OverDays.Before(before, before.Length);
        Assert.Equal(count, m?.Words[3]);
        if (m is not null) Assert.Equal(before.IndexOf("ver", StringComparison.OrdinalIgnoreCase) - 1, m.Start);
    }

    [Fact]
    public void A_rule_of_words_keeps_each_slots_words()
    {
        var m = Words.RelativePeriod.Next("It rose later  this week and", 0)!;
        Assert.Equal(new string?[] { "later", "this", "week" }, m.Words);
        m = Words.Weekday.Next("on Friday", 0)!;
        Assert.Equal(new string?[] { "on", "Friday" }, m.Words);
        Assert.Equal(new string?[] { null, "Friday" }, Words.Weekday.Next("Friday", 0)!.Words);
        Assert.Null(Words.Today.Next("today", 1));
    }

    [Fact]
    public void A_cue_index_tells_which_families_a_sentence_may_hold()
    {
        var cues = new CueIndex([(1, ["last", "this"], false), (2, ["week"], false), (8, ["May"], true)], [(1, 2, 4)]);
        Assert.Equal(1UL | 2 | 4, cues.Scan("It happened last  week."));
        Assert.Equal(1UL | 2, cues.Scan("Last, a week."));
        Assert.Equal(8UL, cues.Scan("In May they may go."));
        Assert.Equal(0UL, cues.Scan("they may go"));
    }
}
