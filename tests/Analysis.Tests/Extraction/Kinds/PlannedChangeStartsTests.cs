namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A change still to come starts from the force there now: "plans to withdraw 900 soldiers, reducing U.S. forces in the
/// country from 3,600 to 2,700" (the result of a plan, after its comma), "will trim U.K. forces from 4,200 to 3,100" (a future
/// marker in the change's own clause). The start is current, the end planned; a capital's abbreviation ("U.S.", "U.K.")
/// between the change verb and "from" does not end the clause. Near misses: the same change told as done. Our own sentences.
/// </summary>
public class PlannedChangeStartsTests
{
    [Theory]
    [InlineData("Untitled\n\nWashington plans to pull 900 soldiers out, reducing U.S. forces in the country from 3,600 to 2,700.", 3_600d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nWashington plans to pull 900 soldiers out, reducing U.S. forces in the country from 3,600 to 2,700.", 2_700d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe alliance will trim U.K. forces in the region from 4,200 to 3,100.", 4_200d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ministry intends to bring home 800 troops, lowering the contingent from 2,500 to 1,700.", 2_500d, EstimateStatus.Current)]
    // Near misses: the change told as done starts from the earlier level and ends at the one of now.
    [InlineData("Untitled\n\nThe U.S. cut its force in the region from 3,600 to 2,700 last year.", 3_600d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe U.S. cut its force in the region from 3,600 to 2,700 last year.", 2_700d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe contingent was brought home last year, reducing the force from 2,500 to 1,700.", 2_500d, EstimateStatus.Earlier)]
    public void A_change_still_to_come_starts_from_the_force_there_now(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(passage, value).Status);
}
