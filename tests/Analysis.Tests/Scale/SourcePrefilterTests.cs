using System.Text.RegularExpressions;

namespace Analysis.Tests.Scale;

using Analysis.Extraction;

/// <summary>
/// The shortcuts of the sources step find what its patterns find: groups searched from their
/// country adjectives and pronouns searched from "he" are the patterns' matches, and the appositive check never says "no" where
/// the appositive pattern matches. Sentences: the dev set, the seed, generated articles, and
/// made-up runs of the patterns' own words glued every which way.
/// </summary>
public class SourcePrefilterTests
{
    // Slots of the patterns, in order; a made-up sentence takes a word or nothing from each slot, glued
    // mostly with a space, sometimes with what the patterns refuse.
    private static readonly string[][] GroupSlots =
    [
        ["said", "Kim Min-seok said", "BUS", "xsenior", "The"],
        ["a", "an", "the", "The", "one", "several", "other"],
        ["senior", "top", "high-ranking", "former", "anonymous", "senior top"],
        ["North Korean", "North  Korean", "South Korean", "Russian", "Ukrainian", "U.S.", "US", "American", "NATO", "Kremlin", "North Korea's", "Seoul’s", "Kyiv's"],
        ["military", "defence", "intelligence", "foreign ministry", "presidential", "senior military", "state border"],
        ["officials", "official", "lawmakers", "sources", "spokeswoman", "forces", "troops", "media", "side", "officers", "officialdom"],
        ["said", "Russian troops", "and the US forces", "."],
    ];

    private static readonly string[][] AppositiveSlots =
    [
        ["said", "the report by", "The"],
        ["Kim Min-seok,", "Lee Seongkweun,", "Park Sunwon,", "O’Neil Grant,", "The Agency,", "US,", "Ri Il Hwan,", "Kim Min-seok ,", "Park Sunwon;", "Lee Seongkweun"],
        ["a", "an", "the", "The", "A", "another"],
        ["senior", "former", "North Korean", "well-known", "top U.S."],
        ["lawmaker", "analyst", "Defence Minister", "spokeswoman", "Gen.", "researcher", "troops", "advisers"],
        ["said", ", said", "of the NIS", "."],
    ];

    private static readonly string[][] PronounSlots =
    [
        ["She", "she", "he", "He", "They", "they", "The", "the", "Sthe", "tHe", "Thee", "ashe", "he-", "Theyre"],
        ["news", "spy", "intelligence", "defence", "foreign", "the", "she"],
        ["agency", "service", "ministry", "lawmakers", "officials", "think tank", "think  tank", "legislator", "spokeswoman", "minister", "analysts", "he"],
        ["said", "told", "the", "he", "they", "."],
        ["the agency", "The ministry said", "she", "He", "theagency"],
    ];

    private static readonly string[] Glue = [" ", " ", " ", " ", "  ", "\t", "\n", ",", "-", "", "’s "];

    private static IEnumerable<string> Made(string[][] slots, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return string.Concat(slots.Where(_ => random.Next(5) > 0)
                .Select(slot => slot[random.Next(slot.Length)] + Glue[random.Next(Glue.Length)])).Trim();
    }

    private static string Describe(Match m) =>
        $"{m.Index}+{m.Length} {m.Groups["adj"].Value}|{m.Groups["mods"].Value}|{m.Groups["head"].Value}";

    [Fact]
    public void Groups_found_from_their_adjectives_are_the_patterns_matches()
    {
        var matched = 0;
        foreach (var sentence in PrefilterTests.Sentences().Concat(Made(GroupSlots, 5, 6000)))
        {
            var expected = SourceFinder.Group().Matches(sentence).Select(Describe).ToList();
            Assert.Equal(expected, SourceFinder.GroupMatches(sentence).Select(Describe).ToList());
            matched += expected.Count;
        }
        Assert.True(matched > 3000, $"{matched} matches");
    }

    [Fact]
    public void Pronouns_tried_where_he_is_are_the_patterns_matches()
    {
        var matched = 0;
        foreach (var sentence in PrefilterTests.Sentences().Concat(Made(PronounSlots, 13, 6000)))
        {
            var expected = SourceFinder.Pronoun().Matches(sentence).Select(m => $"{m.Index}+{m.Length} {m.Groups["p"].Value}").ToList();
            Assert.Equal(expected, SourceFinder.PronounMatches(sentence).Select(m => $"{m.Index}+{m.Length} {m.Groups["p"].Value}").ToList());
            matched += expected.Count;
        }
        Assert.True(matched > 5000, $"{matched} matches");
    }

    [Fact]
    public void Appositives_are_never_skipped_where_the_pattern_matches()
    {
        Prefilter.NeverSkipsAMatch(PrefilterTests.Sentences().Concat(Made(AppositiveSlots, 9, 12000)),
            sentence => SourceFinder.MayHaveAppositivePerson(sentence),
            sentence => SourceFinder.AppositivePerson().IsMatch(sentence),
            moreMatchedThan: 300, moreSkippedThan: 1000);
    }

    [Theory]
    [InlineData("Kim Min-seok, a lawmaker, said so.", true)]
    [InlineData("Kim Min-seok,\n the\tsenior analyst", true)]
    [InlineData(", a lawmaker and Kim Min-seok, an analyst", true)]
    [InlineData("Kim Min-seok,a lawmaker", false)]
    [InlineData("Kim Min-seok , a lawmaker", false)]
    [InlineData("Kim Min-seok, another lawmaker", false)]
    [InlineData("Kim Min-seok, the", false)]
    [InlineData("in 2024, a lawmaker said", false)]
    public void The_appositive_check_reads_comma_article_and_space(string sentence, bool may) =>
        Assert.Equal(may, SourceFinder.MayHaveAppositivePerson(sentence));

    [Fact]
    public void Texts_before_a_name_that_do_not_end_in_white_space_match_none_of_the_citing_or_title_patterns()
    {
        var patterns = new[] { SourceFinder.InformantBefore(), SourceFinder.AudienceBefore(), SourceFinder.SpeakerBefore(), SourceFinder.InvertedBefore(), SourceFinder.TrailingTitle(), SourceFinder.TrailingTitleExists() };
        var cues = new[] { "briefed by", "citing the", "told", "according to", "statements from", "said", "told reporters", "quoted", "spokesman for", "based on data from",
            "President", "North Korean defense minister", "Lt. Gen.", "MPs" };
        var random = new Random(21);
        var ending = 0;
        foreach (var sentence in PrefilterTests.Sentences().Take(3000))
            for (var end = 0; end <= sentence.Length; end += 4)
            {
                // A cue glued to the prefix with white space or with what ends a text otherwise.
                var before = sentence[..end] + " " + cues[random.Next(cues.Length)] + new[] { " ", "  ", "\n", "", "(", "“", "-", "," }[random.Next(8)];
                var matches = patterns.Count(p => p.IsMatch(before));
                if (before.Length == 0 || !char.IsWhiteSpace(before[^1])) Assert.True(matches == 0, before);
                else if (matches > 0) ending++;
            }
        Assert.True(ending > 1000, $"{ending} texts end in a cue");
    }

    [Theory]
    [InlineData("Kim Min-seok")]
    [InlineData("Kim  Min-seok")]
    [InlineData(" Kim Min-seok")]
    [InlineData("Kim Min-seok ")]
    [InlineData("Kim\tMin-seok")]
    [InlineData("Kim\u00A0Min")]
    [InlineData("O’Neil Grant")]
    [InlineData("O'Neil  Grant")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("NIS")]
    public void Normalize_returns_normal_text_as_is_and_spaces_the_rest(string name)
    {
        var spaced = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');
        Assert.Equal(spaced, SourceFinder.Normalize(name));
    }
}
