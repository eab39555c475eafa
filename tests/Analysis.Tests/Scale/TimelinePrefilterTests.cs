using System.Text.RegularExpressions;

namespace Analysis.Tests.Scale;

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
    public void The_default_events_are_found_in_the_written_sentences_as_before()
    {
        // Both sides exercised with the shipped data: the check lets these through and the events are found.
        var found = EventSentences.Count(s => KnownEvents.Default.FindEvents(s).Count > 0);
        Assert.Equal(EventSentences.Length - 1, found);
    }

    [Fact]
    public void Summaries_look_for_a_reported_clause_only_where_that_is_there()
    {
        var matched = 0;
        var skipped = 0;
        foreach (var sentence in Sentences().Select(EventSummarizer.CollapseWhiteSpace))
        {
            var may = EventSummarizer.ThatClause().IsMatch(sentence);
            if (EventSummarizer.Reported().IsMatch(sentence))
            {
                Assert.True(may, sentence);
                matched++;
            }
            else if (!may) skipped++;
        }
        Assert.True(matched > 100 && skipped > 1000, $"{matched} matched, {skipped} skipped");
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
}
