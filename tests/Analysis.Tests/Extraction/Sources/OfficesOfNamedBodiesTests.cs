namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An office named by the body it belongs to, before its holder, as translated Russian, Ukrainian and Korean copy writes it
/// ("Secretary of the Security Council Sergei Shoigu", "Speaker of the National Assembly Woo Won-shik"): the office runs on to
/// the body's last word (office_body_ends), so the holder is the name after it, not "Council Sergei Shoigu". A knighthood after a
/// rank the titles do not list ("Chief Constable Sir Hugh Orde") opens the name too; so does a country's possessive before the body
/// ("Secretary of Russia's Security Council …"). Near misses: a listed rank before the knighthood, and an office of a country's
/// name, already read so. The sentences are ours.
/// </summary>
public class OfficesOfNamedBodiesTests
{
    [Theory]
    [InlineData("The Secretary of the Security Council Nikolai Voronin told reporters that 5,000 builders would go.", "Nikolai Voronin")]
    [InlineData("Secretary of the National Security and Defense Council Oleksiy Hrytsenko said 20,000 troops were massing.", "Oleksiy Hrytsenko")]
    [InlineData("Speaker of the National Assembly Park Min-jae said 10,000 soldiers had been sent.", "Park Min-jae")]
    [InlineData("Secretary of Russia's Security Council Nikolai Voronin said 1,000 sappers would go.", "Nikolai Voronin")]
    [InlineData("Chief Constable Sir Alan Breen said 5,000 soldiers would stay in the province.", "Alan Breen")]
    [InlineData("Chief Constable Dame Ruth Callow says the 300 soldiers are no longer needed.", "Ruth Callow")]
    public void The_holder_is_the_name_after_the_office(string text, string source)
    {
        var names = Mentions(text).Select(m => m.Source).ToArray();
        Assert.Contains(source, names);
        Assert.DoesNotContain(names, n => n != source && n.EndsWith(source, StringComparison.Ordinal));
    }

    [Theory]
    // Near misses: a listed rank before the knighthood; an office of a country's name.
    [InlineData("General Sir Colin Marsh said 1,000 British troops would go.", "Colin Marsh")]
    [InlineData("Minister of Defence of Ukraine Oleh Marchenko said 5,000 troops had been trained.", "Oleh Marchenko")]
    public void Read_as_before(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
