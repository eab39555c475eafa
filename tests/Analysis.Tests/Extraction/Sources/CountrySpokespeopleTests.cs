namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's unnamed spokesperson that no body's word names ("an Indian spokesman said"), or one of its embassy or consulate
/// ("a Russian embassy spokeswoman said", "an Egyptian Embassy spokesman"), speaks as the country's officials, as wire copy
/// from a third capital cites them: "Indian officials", not a "spokesperson" or the mission. Near misses: a mission that speaks
/// by itself stays the mission ("the Nepali embassy in Moscow said"), a ministry's spokesperson is the ministry, a named
/// spokesperson is the person. The sentences are ours.
/// </summary>
public class CountrySpokespeopleTests
{
    [Theory]
    [InlineData("About 150 paratroopers landed on the island overnight, an Indian spokesman said.", "Indian officials")]
    [InlineData("A Russian embassy spokeswoman said 200 more instructors had arrived in Bangui.", "Russian officials")]
    [InlineData("An Egyptian Embassy spokesman said 3,000 troops were ready to fight again.", "Egyptian officials")]
    [InlineData("A Kenyan consulate spokesperson told reporters that 400 police officers would fly out on Monday.", "Kenyan officials")]
    public void An_unnamed_spokesperson_is_the_country_s_officials(string text, string source)
    {
        var names = Mentions(text).Select(m => m.Source).ToArray();
        Assert.Contains(source, names);
        Assert.DoesNotContain(names, n => n.Contains("spokesperson", StringComparison.Ordinal) || n.Contains("mbassy", StringComparison.Ordinal)
            || n.Contains("onsulate", StringComparison.Ordinal));
    }

    [Theory]
    // Near misses: the mission speaking by itself, a ministry's spokesperson, a named one.
    [InlineData("The Nepali embassy in Moscow said 40 Nepalis had been killed fighting for Russia.", "Nepali Embassy in Moscow")]
    [InlineData("A Chinese Foreign Ministry spokeswoman said the 300 engineers had left.", "Chinese Foreign Ministry")]
    [InlineData("U.S. Embassy spokesman Gavin Hollis said 23 soldiers had died.", "Gavin Hollis")]
    public void Other_voices_keep_their_names(string text, string source) =>
        Assert.Contains(Mentions(text), m => string.Equals(m.Source, source, StringComparison.OrdinalIgnoreCase));
}
