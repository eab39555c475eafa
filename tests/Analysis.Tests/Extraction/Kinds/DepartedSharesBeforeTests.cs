namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A departure made told before the share it took out of a whole ("withdrew 3,000 of its 8,000 troops", "recalled half of its
/// 900-strong battalion") makes the whole the level before the share left (earlier), as does a verb of having left after it in
/// more of its forms ("have already been withdrawn", "were flown home"); the share itself is the reduction made (current), not
/// of the whole's time. Near misses: a share still to leave keeps the whole there now. The sentences are ours.
/// </summary>
public class DepartedSharesBeforeTests
{
    [Theory]
    [InlineData("Belgium withdrew 3,000 of its 8,000 troops from the region.", 8000, EstimateStatus.Earlier)]
    [InlineData("Ghana recalled half of its 900-strong battalion last month.", 900, EstimateStatus.Earlier)]
    [InlineData("Norway has pulled out about 400 of its 1,100 soldiers.", 1100, EstimateStatus.Earlier)]
    [InlineData("Portugal has brought home two-thirds of the 750 troops it deployed.", 750, EstimateStatus.Earlier)]
    [InlineData("Two-thirds of the 4,200 marines have already been withdrawn.", 4200, EstimateStatus.Earlier)]
    [InlineData("Some 650 of the 1,300 paratroopers were flown home on Tuesday.", 1300, EstimateStatus.Earlier)]
    // The share is the reduction made.
    [InlineData("About 1,700 of the 4,100 soldiers have already returned home.", 1700, EstimateStatus.Current)]
    // Near misses.
    [InlineData("Belgium will withdraw 3,000 of its 8,000 troops from the region.", 8000, EstimateStatus.Current)]
    [InlineData("Ghana will recall half of its 900-strong battalion.", 900, EstimateStatus.Current)]
    [InlineData("Norway plans to bring home about 400 of its 1,100 soldiers.", 1100, EstimateStatus.Current)]
    [InlineData("Sweden will cut half of its 1,100 troops.", 1100, EstimateStatus.Current)]
    public void Status_after_a_departure(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
