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

    [Fact]
    public void Source_groups_are_never_skipped_where_the_pattern_matches()
    {
        string[] written = ["Senior South Korean  intelligence officials said so.", "The U.S. military and NATO forces; Kremlin\nmedia.", "Russia’s army and Seoul's diplomats."];
        Prefilter.NeverSkipsAMatch(Sentences().Concat(written),
            sentence => SourceFinder.CountryAdjectiveAndSpace().IsMatch(sentence),
            sentence => SourceFinder.Group().IsMatch(sentence),
            moreMatchedThan: 300, moreSkippedThan: 1000);
    }

    [Fact]
    public void Citation_cues_before_a_name_answer_the_same_searched_right_to_left()
    {
        Regex[] rightToLeft = [SourceFinder.InformantBefore(), SourceFinder.AudienceBefore(), SourceFinder.SpeakerBefore(), SourceFinder.InvertedBefore()];
        var leftToRight = rightToLeft.Select(r => new Regex(r.ToString(), r.Options & ~RegexOptions.RightToLeft)).ToArray();
        string[] written =
        [
            "He was briefed by the ", "Citing unnamed intelligence sources from ", "information  provided by ", "based on satellite images from the ",
            "She told the ", "in an interview with ", "as first reported by ", "LEAKED TO ", "According to recent estimates from the ",
            "statements issued by ", "a spokeswoman for ", "quoted ", "said the ", "told reporters ", "The data from\n", "said", "",
        ];
        var found = new int[rightToLeft.Length];
        foreach (var sentence in Sentences().Take(4000).Concat(written))
            for (var end = 0; end <= sentence.Length; end += sentence.Length < 60 ? 1 : 3)
            {
                var before = sentence.AsSpan(0, end);
                for (var i = 0; i < rightToLeft.Length; i++)
                {
                    var expected = leftToRight[i].IsMatch(before);
                    Assert.True(expected == rightToLeft[i].IsMatch(before), $"{rightToLeft[i]}: {before}");
                    if (expected) found[i]++;
                }
            }
        Assert.All(found, f => Assert.True(f > 5, string.Join(", ", found)));
    }

    [Fact]
    public void The_gazetteer_second_letter_check_skips_no_alias()
    {
        // Aliases whose second character is each kind the check knows: none, a space, an apostrophe, a letter, a symbol.
        string[] surfaces = ["O'Neil Group", "A  B Unit", "Ab", "X", "K\u00a0K", "U.S. Army", "x-ray team"];
        var ordered = surfaces.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
        var reference = new Regex(GazetteerMatcher.Pattern(ordered), RegexOptions.CultureInvariant);
        var matcher = new GazetteerMatcher(ordered);
        var pieces = new[] { "O'Neil Group", "o’Neil  Group", "a\tB Unit", "A B", "ab", "AB", "x", "X", "k\u00a0K", "K K", "u.S. Army", "X-ray team", "the ", "The\n", " ", ", ", "said", "-", "'s" };
        var random = new Random(3);
        var found = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = new List<TextSpan>();
            for (var m = reference.Match(text); m.Success; m = m.NextMatch())
                expected.Add(new TextSpan(m.Groups["s"].Index, m.Groups["s"].Index + m.Groups["s"].Length));
            Assert.Equal(expected, matcher.Find(text, 0, text.Length).ToList());
            found += expected.Count;
        }
        Assert.True(found > 400, $"{found} found");
    }
}
