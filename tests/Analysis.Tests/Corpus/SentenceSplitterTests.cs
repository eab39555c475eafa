namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Kim met Gen. Park on Oct. 23. They spoke briefly.", "Mr. Kim met Gen. Park on Oct. 23.|They spoke briefly.")]
    [InlineData("The U.S. State Department declined to comment. Seoul did not.", "The U.S. State Department declined to comment.|Seoul did not.")]
    [InlineData("Troops were flown to the U.S. The talks ended.", "Troops were flown to the U.S.|The talks ended.")]
    [InlineData("About 1.5 million reservists exist. Few are ready.", "About 1.5 million reservists exist.|Few are ready.")]
    [InlineData("A memo signed by J. R. Smith leaked. It was short.", "A memo signed by J. R. Smith leaked.|It was short.")]
    [InlineData("He said, \"We are ready.\" Then he left.", "He said, \"We are ready.\"|Then he left.")]
    [InlineData("Was it 3,000? Nobody knew! Officials waited.", "Was it 3,000?|Nobody knew!|Officials waited.")]
    [InlineData("They shouted ‘fire’ and ‘in position.’ Nothing else.", "They shouted ‘fire’ and ‘in position.’|Nothing else.")]
    [InlineData("No full stop at the end", "No full stop at the end")]
    [InlineData("Figures rose sharply, e.g. in the east.", "Figures rose sharply, e.g. in the east.")]
    // A page whose lines were joined without a space: a lower-case word, its mark, a capitalised word.
    [InlineData("About 600 soldiers were wounded, the army said.The ministry gave no figure.", "About 600 soldiers were wounded, the army said.|The ministry gave no figure.")]
    [InlineData("Is the force ready?Officials would not say.", "Is the force ready?|Officials would not say.")]
    [InlineData("He said the brigade \"would stay.\"Its commander disagreed.", "He said the brigade \"would stay.\"|Its commander disagreed.")]
    // Near misses: an outlet's dotted name, a web address, an abbreviation and an acronym glued to a word stay whole.
    [InlineData("The mission left on Friday, News.Az reported.", "The mission left on Friday, News.Az reported.")]
    [InlineData("Details are at example.org.Nothing else was said.", "Details are at example.org.Nothing else was said.")]
    [InlineData("Troops, e.g.Marines, were sent.", "Troops, e.g.Marines, were sent.")]
    [InlineData("Aid came from the U.S.Army depots.", "Aid came from the U.S.Army depots.")]
    public void Splits_at_real_sentence_ends_only(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text));
    }

    [Fact]
    public void Spans_are_trimmed_and_quote_the_text()
    {
        const string text = "  First one.   Second one.  ";
        var spans = SentenceSplitter.Split(text, 0, text.Length).ToArray();
        Assert.Equal(["First one.", "Second one."], spans.Select(s => text[s.Start..s.End]));
    }
}
