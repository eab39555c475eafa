namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Special forces counted by their own name ("24 Navy SEALs", "two Green Berets", "some 300 Spetsnaz"): the name is the troop
/// noun, and it names its country as "Marines" does (list unit_countries). The sentences are ours.
/// </summary>
public class EliteUnitNounsTests
{
    [Theory]
    [InlineData("A team of 24 Navy SEALs flew to the carrier on Monday.", 24d, "United States")]
    [InlineData("Police said two Green Berets were among those detained.", 2d, "United States")]
    [InlineData("Kyiv's military said some 300 Spetsnaz had been moved to the border.", 300d, "Russia")]
    [InlineData("About 100 Delta Force operators took part in the raid, officials said.", 100d, null)]
    public void A_special_force_named_after_a_number_is_counted(string text, double value, string? owner)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(value, count.Value);
        if (owner is not null) Assert.Equal(owner, count.Subject);
    }

    [Theory]
    // Near misses: other people and things named after a number beside a special force.
    [InlineData("The SEALs' base employs 40 civilians.")]
    [InlineData("Spetsnaz veterans opened 12 shooting clubs.")]
    public void Others_beside_a_special_force_are_not_counted(string text) => Assert.Empty(Counts(text));
}
