namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Officials placed in several countries or capitals at once ("officials of South Korea, Ukraine and the USA have said",
/// "Officials in Seoul and Washington said") are each country's officials, all cited by the verb after the list, not the last
/// country speaking alone. Near miss: a country named after the verb is where troops go, no one's officials. The sentences are ours.
/// </summary>
public class ListedPlacesOfficialsTests
{
    [Theory]
    [InlineData("North Korea has sent thousands of soldiers to Russia, officials of South Korea, Ukraine and the USA have said.",
        new[] { "South Korean officials", "Ukrainian officials", "U.S. officials" })]
    [InlineData("Officials in Seoul and Washington said 10,000 soldiers had been sent.", new[] { "South Korean officials", "U.S. officials" })]
    [InlineData("About 1,500 troops will rotate in, officials in Warsaw and Vilnius said.", new[] { "Polish officials", "Lithuanian officials" })]
    public void Each_place_has_its_officials(string text, string[] sources)
    {
        var names = Mentions(text).Select(m => m.Source).ToArray();
        foreach (var source in sources) Assert.Contains(source, names);
        Assert.DoesNotContain(names, n => n is "Ukraine" or "United States" or "Lithuania");
    }

    [Theory]
    // Near miss: countries after the verb are where the troops go.
    [InlineData("Officials in Warsaw said 1,000 troops would go to Lithuania and Latvia.", "Polish officials")]
    public void Places_after_the_verb_are_no_voices(string text, string source)
    {
        var names = Mentions(text).Select(m => m.Source).ToArray();
        Assert.Contains(source, names);
        Assert.DoesNotContain(names, n => n.StartsWith("Lithuanian", StringComparison.Ordinal) || n.StartsWith("Latvian", StringComparison.Ordinal));
    }
}
