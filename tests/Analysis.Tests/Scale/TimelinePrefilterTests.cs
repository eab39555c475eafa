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
}
