namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part taken from "a total of" troops ("The last 720 of a total of 25,000 soldiers were flown home") or from a force's
/// strength ("12,000 of the 15,000-strong force") is a part of that whole, as "of the 25,000 soldiers" is; a total of
/// something else, or a crowd's strength, lends the number nothing. The sentences are ours.
/// </summary>
public class PartsOfATotalTests
{
    [Theory]
    [InlineData("The last 800 of a total of 20,000 soldiers were flown home on Friday.", 800d, 20_000d)]
    [InlineData("Some 4,000 out of a total of 12,000 troops have already left.", 4_000d, 12_000d)]
    [InlineData("Kenya supplies about 3,600 of the 22,000-strong force.", 3_600d, 22_000d)]
    public void A_part_of_a_total_of_troops_is_a_subset(string text, double part, double whole)
    {
        var counts = Counts(text);
        Assert.Contains(counts, c => c.Value == part && c.Kind == TroopKind.Subset);
        Assert.Contains(counts, c => c.Value == whole && c.Kind == TroopKind.Deployment);
    }

    [Theory]
    // Near miss: the total counts votes.
    [InlineData("The motion won 300 of a total of 450 votes.")]
    [InlineData("About 3,000 of the 20,000-strong crowd were students.")]
    public void A_part_of_a_total_of_other_things_is_not_counted(string text) => Assert.Empty(Counts(text));
}
