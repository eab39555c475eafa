namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A ceiling written after the number ("put the number at 600 at most", "1,500 or fewer", "2,000 at the most") makes it an upper
/// bound, as "at least" after it makes a lower one ("10,000 or more"). Our own sentences, in the shapes of wire copy on
/// foreign contingents.
/// </summary>
public class CeilingsAfterNumbersTests
{
    [Theory]
    [InlineData("Diplomats put the number of Chadian troops flown in at 800 at most.", 800d)]
    [InlineData("The mission's strength will be 1,500 or fewer, the council was told, and the soldiers will leave by June.", 1_500d)]
    [InlineData("Officials said the Dutch contingent would number 2,000 at the most.", 2_000d)]
    public void A_ceiling_after_the_number_is_an_upper_bound(string passage, double value)
    {
        var count = Assert.Single(Counts(passage), c => c.Value == value);
        Assert.Equal(Hedge.AtMost, count.Hedge);
        Assert.Equal(value, count.High);
    }

    // Near miss: a ceiling after another number of the sentence is that number's.
    [Fact]
    public void A_ceiling_on_a_time_leaves_the_count_exact() =>
        Assert.Equal(Hedge.Exact, Assert.Single(Counts("The 3,000 troops will stay for two years at most, the minister said."), c => c.Value == 3_000d).Hedge);
}
