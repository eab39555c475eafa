namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated copy names an office in full between a title and its holder, with no comma: "President of Ukraine X", "the
/// spokesperson of the Border Service of Ukraine X", "the head of the Belarusian Ministry of Defense X". The cue before the title
/// ("stated by", "according to") cites the holder, and the body inside the title is no voice beside them.
/// </summary>
public class OfficeBeforeHolderTests
{
    [Theory]
    // A capitalised title and the country or body it is of, after a passive's "by" or "according to".
    [InlineData("About 2,000 soldiers were lost near the river. This was stated by President of Estonia Ilmar Tamm during his address.", "Ilmar Tamm")]
    [InlineData("According to Commander-in-Chief of the Armed Forces of Estonia Ilmar Tamm, about 2,000 soldiers are in the north.", "Ilmar Tamm")]
    [InlineData("About 2,000 soldiers are in the north. This was announced by Minister of Defense of Estonia Ilmar Tamm.", "Ilmar Tamm")]
    // A lower-case title of a body named with "of" and its country.
    [InlineData("About 2,000 soldiers are near the border. This was stated by the spokesperson of the Border Guard Service of Estonia Ilmar Tamm on television.", "Ilmar Tamm")]
    // "head" runs on to its holder past the office it is of.
    [InlineData("About 2,000 soldiers are near the border. This was stated by the head of the Estonian Ministry of Defense Ilmar Tamm, quoting local radio.", "Ilmar Tamm")]
    public void The_holder_gives_the_figure(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    [InlineData("About 2,000 soldiers are near the border. This was stated by the spokesperson of the Border Guard Service of Estonia Ilmar Tamm on television.", "Ilmar Tamm")]
    [InlineData("About 2,000 soldiers are near the border. This was stated by the head of the Estonian Ministry of Defense Ilmar Tamm, quoting local radio.", "Ilmar Tamm")]
    public void The_holder_is_cited(string passage, string source) =>
        Assert.Contains(Mentions(passage), m => m.Source == source);

    [Theory]
    // The body inside the head's title does not speak beside the holder.
    [InlineData("About 2,000 soldiers are near the border. This was stated by the head of the Belarusian Ministry of Defense Ilmar Tamm, quoting local radio.", "Belarusian Defense Ministry")]
    // Near misses: a lower-case word between the title and the name, or the holder set apart from the office, is no office of the title.
    [InlineData("President of Estonia visited the front while Ilmar Tamm said 2,000 soldiers are in the north.", "President of Estonia")]
    public void The_body_is_not_cited(string passage, string source) =>
        Assert.DoesNotContain(Mentions(passage), m => m.Source == source);

    [Theory]
    // Near misses: an office with no holder after it; a title whose office runs into a lower-case word before a name.
    [InlineData("About 2,000 soldiers are in the north. This was stated by the Minister of Defense of Estonia, while Ilmar Tamm stayed silent.")]
    [InlineData("About 2,000 soldiers are in the north, said the troops head of the column Ilmar Tamm.")]
    public void No_holder_is_named(string passage) =>
        Assert.All(Counts(passage), c => Assert.NotEqual("Ilmar Tamm", c.AttributedTo));
}
