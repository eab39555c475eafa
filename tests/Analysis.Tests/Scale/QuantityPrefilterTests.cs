namespace Analysis.Tests.Scale;

using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// The number-word check lets the extractor skip the Words and Vague regexes; it must never skip a
/// sentence where either would match.
/// </summary>
public class QuantityPrefilterTests
{
    [Fact]
    public void Number_words_are_never_skipped_where_the_patterns_match()
    {
        Prefilter.NeverSkipsAMatch(PrefilterTests.Sentences().Concat(Made()),
            sentence => Quantities.MayHaveNumberWords(sentence, 0, sentence.Length),
            sentence => Quantities.Words().IsMatch(sentence) || Quantities.Vague().IsMatch(sentence),
            moreMatchedThan: 300, moreSkippedThan: 300);
    }

    [Theory]
    [InlineData("Some TEN thousand men", true)]
    [InlineData("Dozens of recruits", true)]
    [InlineData("(twelve) units", true)]
    [InlineData("tens of thousands of conscripts", true)]
    [InlineData("It was often done for money.", false)] // number words only inside other words
    [InlineData("Sweden and Estonia", false)]
    [InlineData("", false)]
    public void The_check_reads_word_starts(string sentence, bool may) =>
        Assert.Equal(may, Quantities.MayHaveNumberWords(sentence, 0, sentence.Length));

    [Fact]
    public void The_check_stays_inside_its_range()
    {
        const string text = "ten soldiers; often";
        Assert.False(Quantities.MayHaveNumberWords(text, 14, text.Length));
        Assert.True(Quantities.MayHaveNumberWords(text, 0, 3));
        // At the start of the range a word is a word, whatever comes before it.
        Assert.True(Quantities.MayHaveNumberWords(text, 16, text.Length));
    }

    [Fact]
    public void The_right_to_left_hedge_check_agrees_with_the_pattern_on_every_prefix()
        => Prefilter.TwinAgreesOnEveryPrefix(PrefilterTests.Sentences().Take(4000), Quantities.ModifierBefore(), Quantities.EndsInModifier(), step: 2, moreFoundThan: 100);

    // Number words glued to letters, digits and punctuation in every case, so both answers are exercised.
    private static IEnumerable<string> Made()
    {
        string[] words = ["one", "Ten", "THOUSAND", "dozens", "hundreds", "a hundred", "an eighty", "several million", "tens of thousands", "forty-two", "nineteen"];
        string[] glue = ["", " ", "x", "1", "-", "(", "’", "_", "é", ".", "\n"];
        var random = new Random(23);
        for (var i = 0; i < 3000; i++)
            yield return string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => glue[random.Next(glue.Length)] + words[random.Next(words.Length)] + glue[random.Next(glue.Length)]));
    }
}
