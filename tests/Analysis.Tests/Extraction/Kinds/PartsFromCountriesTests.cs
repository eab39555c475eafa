namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A number right before "from" and a country's name, after a troop figure of its sentence: a part of that figure ("will
/// include 1,500 from Kenya"), or, after a figure itself from a country, a figure of its own in a gapped clause ("7,200
/// personnel from Belarus and 5,500 from Russia"). Not a distance. Our own sentences.
/// </summary>
public class PartsFromCountriesTests
{
    [Theory]
    [InlineData("The multinational force of 2,500 troops will include 1,000 from Kenya, officials said.", 2_500d, 1_000d)]
    [InlineData("Eleven soldiers were captured near the border, seven from Ethiopia, the army said.", 11d, 7d)]
    public void A_number_from_a_country_after_a_troop_figure_is_its_part(string sentence, double whole, double part)
    {
        var counts = Counts(sentence);
        Assert.Equal([whole, part], counts.Select(c => c.Value ?? -1));
        Assert.Equal(TroopKind.Subset, counts[1].Kind);
    }

    [Fact]
    public void After_a_figure_from_a_country_it_is_a_figure_of_its_own()
    {
        var counts = Counts("Some 3,000 soldiers from Poland and 2,000 from Lithuania will join the drills next month.");
        Assert.Equal([3_000d, 2_000d], counts.Select(c => c.Value ?? -1));
        Assert.NotEqual(TroopKind.Subset, counts[1].Kind);
    }

    [Theory]
    [InlineData("The 4,000 troops are stationed 50 km from Poland's border.")]
    [InlineData("The 4,000 troops are stationed some 80 miles from Lithuania.")]
    public void A_distance_is_no_part(string sentence) => Assert.Equal([4_000d], Values(sentence));
}
