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
}
