using System.Text.RegularExpressions;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// The cheap checks that let the timeline skip an expensive regex never skip one that would have
/// matched: on every sentence of the dev set, the seed and generated articles, plus sentences written
/// to hit the patterns, a check that says "no" agrees with the full pattern.
/// </summary>
public class TimelinePrefilterTests
{
    // Written to name the known events in other spellings: case, curly apostrophes, wrapped lines.
    private static readonly string[] EventSentences =
    [
        "Leaders gathered at the BRICS summit in Kazan on Wednesday.",
        "At the bRiCs   SUMMIT, the host spoke first.",
        "Before Putin’s visit to Pyongyang, officials prepared a deal.",
        "Reporters covered the Kazan\nsummit and the Pyongyang summit.",
        "They signed the Comprehensive Strategic Partnership last June.",
        "The meeting at the Vostochny Cosmodrome lasted hours.",
        "A summit of BRICS, a summit in Kazan, and the Vostochny summit.",
        "A summitry of bricsy kazanian style is not an event.",
        "PUTIN'S TRIP TO PYONGYANG drew attention.",
    ];

    private static IEnumerable<string> Sentences() => PrefilterTests.Sentences().Concat(EventSentences);

    public static TheoryData<string[]> AliasSets() => new()
    {
        { KnownEvents.Default.Events[0].Aliases.Append(KnownEvents.Default.Events[0].Name).ToArray() },
        { KnownEvents.Default.Events[1].Aliases.Append(KnownEvents.Default.Events[1].Name).ToArray() },
        { KnownEvents.Default.Events[2].Aliases.Append(KnownEvents.Default.Events[2].Name).ToArray() },
        { ["Kim's  trip", "the U.S.-ROK talks", "a (b)", "  ", "x"] },
    };

    [Theory]
    [MemberData(nameof(AliasSets))]
    public void Known_event_word_check_never_skips_a_sentence_the_alias_pattern_matches(string[] aliases)
    {
        var pattern = KnownEvents.AliasPattern(aliases, ignoreCase: true);
        var prefilter = KnownEvents.WordPrefilter(aliases, ignoreCase: true);
        var skipped = 0;
        foreach (var sentence in Sentences())
        {
            var may = prefilter.IsMatch(sentence);
            if (pattern.IsMatch(sentence)) Assert.True(may, sentence);
            else if (!may) skipped++;
        }
        Assert.True(skipped > 1000, $"{skipped} skipped");
    }

    [Fact]
    public void One_search_for_the_words_of_all_events_never_skips_a_sentence_an_event_matches()
    {
        var events = KnownEvents.Default.Add("Party congress", new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 3), "party congress", "the Congress of the Party");
        var patterns = events.Events.Select(e => KnownEvents.AliasPattern(e.Aliases.Append(e.Name), ignoreCase: true)).ToArray();
        var any = events.AnyEventWord!;
        Prefilter.NeverSkipsAMatch(Sentences().Append("The PARTY  Congress met."),
            sentence => any.IsMatch(sentence),
            sentence => patterns.Any(p => p.IsMatch(sentence)),
            moreMatchedThan: 5, moreSkippedThan: 1000);
        // An event with no word to look for is looked for everywhere, as its empty pattern is.
        Assert.Null(KnownEvents.Empty.Add(new KnownEvent(" ", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), [])).AnyEventWord);
    }

    [Fact]
    public void The_default_events_are_found_in_the_written_sentences_as_before()
    {
        // Both sides exercised with the shipped data: the check lets these through and the events are found.
        var found = EventSentences.Count(s => KnownEvents.Default.FindEvents(s).Count > 0);
        Assert.Equal(EventSentences.Length - 1, found);
    }

    [Fact]
    public void Summaries_look_for_a_reported_clause_only_where_that_is_there()
    {
        Prefilter.NeverSkipsAMatch(Sentences().Select(EventSummarizer.CollapseWhiteSpace),
            sentence => EventSummarizer.ThatClause().IsMatch(sentence),
            sentence => EventSummarizer.Reported().IsMatch(sentence),
            moreMatchedThan: 100, moreSkippedThan: 1000);
    }

    [Fact]
    public void Summaries_look_for_a_trailing_clause_only_where_one_of_its_branches_can_be()
    {
        // Written to hit each branch in other cases and white space: after a comma, the phrases, ';', the dashes.
        string[] written =
        [
            "Troops moved north,  WHICH alarmed Seoul.", "Units left, in a  move that surprised many.", "Talks went on AMIDST protests.",
            "They stayed even\tas winter came.", "Aid arrived In Return for shells.", "Forces held; others fled.",
            "Crews waited \u2014 then moved.", "Crews waited \u2013 then moved.", "Crews waited - then moved.", "A long-range missile flew, Although late.",
            "Shipments grew in response to demand.", "Weapons such as drones were seen.", "Officers spoke whereas soldiers did not.",
        ];
        Prefilter.NeverSkipsAMatch(Sentences().Concat(written),
            sentence => EventSummarizer.MayTrail(sentence),
            sentence => EventSummarizer.TrailingClause().IsMatch(sentence),
            moreMatchedThan: 50, moreSkippedThan: 1000);
    }

    public static TheoryData<string> SummaryCues() => ["Filler", "Modal"];

    [Theory]
    [MemberData(nameof(SummaryCues))]
    public void Summary_cuts_are_never_skipped_where_they_match(string cue)
    {
        var (pattern, words) = cue switch
        {
            "Filler" => (EventSummarizer.Filler(), EventSummarizer.FillerWord()),
            _ => (EventSummarizer.PhraseBeforeModal(), EventSummarizer.ModalWord()),
        };
        // Written to hit each cut in other cases: every filler branch, every modal.
        string[] written =
        [
            "Recent reports say CURRENTLY a Large Number of their troops are now also recently moved.", "President Kim spoke; the president spoke.",
            "Deployments to assist Russia WOULD comply.", "Forces in the east will hold.", "Units from the north Could move.",
            "Men of the first brigade can wait.", "Troops for the front may go.", "Crews to the south might stay.",
            "Aid from abroad should come.", "Troops in the field must rest.",
        ];
        Prefilter.NeverSkipsAMatch(Sentences().Concat(written).Select(EventSummarizer.CollapseWhiteSpace),
            sentence => words.IsMatch(sentence),
            sentence => pattern.IsMatch(sentence),
            moreMatchedThan: 5, moreSkippedThan: 1000);
    }

    [Fact]
    public void White_space_collapses_as_the_regex_did()
    {
        var random = new Random(5);
        var pieces = new[] { " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009 ", "\u2028", "\u0085", "word", "x", ",", "" };
        var written = Enumerable.Range(0, 2000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)])));
        var changed = 0;
        foreach (var text in Sentences().Concat(written))
        {
            var expected = Regex.Replace(text, @"\s+", " ");
            Assert.Equal(expected, EventSummarizer.CollapseWhiteSpace(text));
            if (expected != text) changed++;
        }
        Assert.True(changed > 1000, $"{changed} changed");
    }

    // Written to hit every date recognizer, in other cases and spacings.
    private static readonly string[] DateSentences =
    [
        "It began on 2024-10-23 and ended on Oct. 25, 2024.", "Drills ran 22–24 October and October 22 to 24, 2024.",
        "The 3rd of November saw more; so did Nov 4.", "In early October 2024 and mid-December of 2023 they moved.",
        "In May, and since late March, troops trained.", "During 2024 and in late 2023 the plan grew.",
        "YESTERDAY they left; this morning they returned.", "On Tuesday and last Friday, and next Sunday too.",
        "Two Weeks AGO and 3 days\nago and a year ago.", "Earlier this month, last WEEK, the past year, next weekend.",
        "Sept. 9 and Sep 10 and Aug. 1st.", "They met Monday and Saturday.",
        "Filed on ٢٠٢٤-١٠-٢٣ and in ２０２４.", "Late at night, Tonight, this Evening.",
    ];

    [Theory]
    [InlineData("No digit here.")]
    [InlineData("A year: 2024.")]
    [InlineData("Café without a digit, naïve.")]
    [InlineData("Arabic-Indic ٣ and full-width ７ are digits to \\d.")]
    [InlineData("Roman Ⅻ and superscript ² are not.")]
    [InlineData("")]
    public void The_digit_cue_is_what_a_regex_digit_finds(string text) =>
        Assert.Equal(Regex.IsMatch(text, @"\d"), DateResolver.CuesOf(text).HasFlag(DateResolver.Cue.Digit));

    [Fact]
    public void Date_recognizers_are_never_skipped_where_they_match()
    {
        var matched = new int[DateResolver.Recognizers.Length];
        var skipped = new int[DateResolver.Recognizers.Length];
        foreach (var sentence in Sentences().Concat(DateSentences))
        {
            var cues = DateResolver.CuesOf(sentence);
            for (var i = 0; i < DateResolver.Recognizers.Length; i++)
            {
                var (pattern, _, _, needs) = DateResolver.Recognizers[i];
                var may = (needs & cues) == needs;
                if (pattern.IsMatch(sentence))
                {
                    Assert.True(may, $"{pattern}: {sentence}");
                    matched[i]++;
                }
                else if (!may) skipped[i]++;
            }
        }
        // Every recognizer matched somewhere, and every one with a need was skipped somewhere.
        Assert.All(matched, m => Assert.True(m > 0));
        for (var i = 0; i < skipped.Length; i++)
            Assert.True(DateResolver.Recognizers[i].Needs == DateResolver.Cue.None || skipped[i] > 100, $"{DateResolver.Recognizers[i].Pattern}: {skipped[i]} skipped");
    }

    [Fact]
    public void Dates_resolve_as_written_with_the_cues()
    {
        // The cue checks let the dates through: a published day resolves each sentence's narrowest date.
        var resolver = DateResolver.Default;
        var published = new DateOnly(2024, 11, 6);
        Assert.Equal(new DateOnly(2024, 10, 23), resolver.Resolve(DateSentences[0], published).Earliest);
        Assert.Equal(new DateOnly(2024, 11, 5), resolver.Resolve(DateSentences[6], published).Earliest);
        Assert.Equal(new DateOnly(2024, 11, 3), resolver.Resolve(DateSentences[2], published).Earliest);
        Assert.Equal(DatePrecision.Day, resolver.Resolve(DateSentences[8], published).Precision);
    }

    public static TheoryData<string> Cues() => ["Intercept", "Security", "Training", "Unrest"];

    [Theory]
    [MemberData(nameof(Cues))]
    public void Event_cues_are_never_skipped_where_they_match(string cue)
    {
        var (pattern, words) = cue switch
        {
            "Intercept" => (EventKinds.InterceptCue(), EventKinds.InterceptWord()),
            "Security" => (EventKinds.SecurityCue(), EventKinds.SecurityWord()),
            "Training" => (EventKinds.TrainingCue(), EventKinds.TrainingWord()),
            _ => (EventKinds.UnrestCue(), EventKinds.UnrestWord()),
        };
        // Written to hit each cue, and to point back at it ("despite this training"), in other cases.
        string[] written =
        [
            "Agents INTERCEPTED calls; this interception mattered; radio\nchatter rose.", "Such wiretaps and eavesdropping continued.",
            "Security tightened; the same restrictions and a crackdown, a curfew, bans, censorship.", "They cracked  down on surveillance.",
            "Troops trained; these drills, such Training and instruction.", "Officers taught and teach.",
            "Rumours of unrest; those protests and defections; desertion rose.", "This rumor and that desertion.",
        ];
        Prefilter.NeverSkipsAMatch(Sentences().Concat(written),
            sentence => words.IsMatch(sentence),
            sentence => pattern.IsMatch(sentence),
            moreMatchedThan: 0, moreSkippedThan: 1000);
    }
}
