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
