using Analysis.Corpus;
using Analysis.Vocabulary;

namespace Analysis.Tests.Vocabulary;

public class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = new([
        ("troop_nouns", "troops"), ("troop_nouns", "service members"), ("troop_nouns", "Korean People's Army"),
        ("countries", "North Korea"), ("countries", "North Korean"), ("countries", "Korea"), ("verbs", "said"),
    ]);

    private static string[] Found(PhraseMatcher matcher, string text) =>
        matcher.Find(text).Select(m => $"{m.Label}:{text[m.Span.Start..m.Span.End]}").ToArray();

    [Theory]
    [InlineData("North Korean troops left, officials said.", "countries:North Korean|troop_nouns:troops|verbs:said")]
    [InlineData("Some 8,000 service\nmembers of the Korean People’s Army", "troop_nouns:service\nmembers|troop_nouns:Korean People’s Army")]
    [InlineData("troopships and Koreans", "")]
    [InlineData("SAID the TROOPS", "verbs:SAID|troop_nouns:TROOPS")]
    [InlineData("North Korea's army", "countries:North Korea")]
    public void It_finds_whole_phrases_longest_first(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Found(Matcher, text));

    [Fact]
    public void A_phrase_in_two_lists_is_found_once_for_each()
    {
        var matcher = new PhraseMatcher([("deployment", "stationed"), ("presence", "stationed")]);
        Assert.Equal(["deployment:stationed", "presence:stationed"], Found(matcher, "troops stationed there"));
    }

    [Fact]
    public void Case_can_matter()
    {
        var matcher = new PhraseMatcher([("countries", "US")], ignoreCase: false);
        Assert.Equal(["countries:US"], Found(matcher, "the US told us"));
    }

    [Fact]
    public void It_reads_only_the_range_it_is_given()
    {
        const string text = "troops said troops";
        Assert.Equal([new TextSpan(7, 11)], Matcher.Find(text, 7, 12).Select(m => m.Span));
        Assert.False(Matcher.Any(text, 6, 7));
    }

    [Fact]
    public void It_is_built_from_a_lexicon_s_word_lists()
    {
        var lexicon = Lexicon.Parse("""{ "words": { "hedges": ["about", "some"], "verbs": ["told"] } }""");
        var matcher = PhraseMatcher.Of(lexicon, ["hedges", "verbs"]);
        Assert.Equal(["hedges:some", "verbs:told"], Found(matcher, "some 300 people, an official told"));
    }

    [Fact]
    public void Tokens_that_open_no_phrase_are_passed_over_whatever_their_case_or_script()
    {
        var matcher = new PhraseMatcher([("names", "Côte d’Ivoire"), ("names", "Éire"), ("verbs", "’s estimate")]);
        Assert.Equal(["names:CÔTE D'IVOIRE", "names:éire", "verbs:'s estimate"],
            Found(matcher, "CÔTE D'IVOIRE and éire: the ministry's estimate"));
        Assert.Empty(matcher.Find("Cote troops Eire"));
    }

    [Fact]
    public void At_start_it_reads_only_the_phrase_at_the_first_token()
    {
        const string text = "  said that troops said";
        Assert.Equal(["verbs:said"], Matcher.FindAtStart(text, 0, text.Length).Select(m => $"{m.Label}:{text[m.Span.Start..m.Span.End]}"));
        Assert.Empty(Matcher.FindAtStart(text, 6, text.Length));
    }

    [Fact]
    public void At_start_a_phrase_in_two_lists_is_found_once_for_each_and_case_can_matter()
    {
        LabelledPhrase[] phrases = [("a", "in"), ("b", "in the wake of"), ("c", "wake"), ("d", "in the wake of")];
        const string text = "Troops left in the wake of the summit, in a wake.";
        Assert.Equal(["b", "d", "a", "c"], new PhraseMatcher(phrases).Find(text).Select(m => m.Label));
        Assert.Equal(["b", "d"], new PhraseMatcher(phrases).FindAtStart(text, 12, text.Length).Select(m => m.Label));
        Assert.Empty(new PhraseMatcher(phrases).FindAtStart(text, 0, text.Length));
        Assert.Empty(new PhraseMatcher([("m", "May")], ignoreCase: false).Find("troops may leave"));
    }

    [Theory]
    [InlineData("Kyiv", "KYIV")]
    [InlineData("Kyiv", "kyiv")]
    [InlineData("Nizhny Novgorod", "NIZHNY novgorod")]
    [InlineData("Tōkyō", "TŌKYŌ")]
    [InlineData("café", "CAFÉ")]
    [InlineData("1st Army", "1ST ARMY")]
    [InlineData("Jean-Marc", "JEAN - marc")]
    public void A_phrase_is_found_in_any_case_whatever_its_first_and_last_letters(string phrase, string text) =>
        Assert.Equal([$"x:{text}"], Found(new PhraseMatcher([("x", phrase)]), text));

}

public class PhraseMatcherFirstOpeningTests
{
    private static readonly PhraseMatcher Verbs = new([("verbs", "said"), ("verbs", "told reporters"), ("verbs", "’s estimate")]);

    // The first token of the range that a phrase starts with, whole and in any case; a phrase's first word inside another
    // word ("saidso"), a token only later words of a phrase are ("reporters") or one the range cuts ("aid") is none.
    [Theory]
    [InlineData("Kim said on Monday", 0, 4)]
    [InlineData("the SAID and the told", 0, 4)]
    [InlineData("troops saidso, reporters", 0, -1)]
    [InlineData("Kim said it, officials told", 9, 23)]
    [InlineData("the agency’s estimate", 0, 10)]
    [InlineData("Kim said", 4, 4)]
    [InlineData("Kim said", 5, -1)]
    public void It_finds_where_a_phrase_can_first_start(string text, int from, int expected) =>
        Assert.Equal(expected, Verbs.FirstOpening(text, from, text.Length));

    [Fact]
    public void Case_can_matter()
    {
        var matcher = new PhraseMatcher([("countries", "US")], ignoreCase: false);
        Assert.Equal(-1, matcher.FirstOpening("told us", 0, 7));
        Assert.Equal(4, matcher.FirstOpening("the US told us", 0, 14));
    }

    [Fact]
    public void Into_a_list_it_adds_what_find_returns()
    {
        const string text = "officials told reporters, the ministry said";
        var found = new List<PhraseMatch> { new(new TextSpan(0, 1), "kept") };
        Verbs.FindInto(text, 0, text.Length, found);
        Assert.Equal(new[] { "kept" }.Concat(Verbs.Find(text).Select(m => m.Label)), found.Select(m => m.Label));
        Assert.Equal(Verbs.Find(text), found.Skip(1));
    }
}
