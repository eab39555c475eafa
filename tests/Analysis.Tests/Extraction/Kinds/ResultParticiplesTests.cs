namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A participle of result after a comma ("…, bringing its strength to 2,400", "…, raising the total to 9,000") takes the time
/// of the clause before the comma: a future there makes the figure planned; a past leaves it as it is. The sentences are ours.
/// </summary>
public class ResultParticiplesTests
{
    [Theory]
    [InlineData("In February the multinational force will be placed under the brigade, increasing the unit's strength to 1,800.", EstimateStatus.Planned)]
    [InlineData("Next year the battalion will merge with the brigade, bringing its strength to 3,100 troops.", EstimateStatus.Planned)]
    // Near miss: the clause before the comma is past.
    [InlineData("In March the Dutch battalion joined the brigade, bringing its strength to 2,400.", EstimateStatus.Current)]
    public void The_result_takes_the_time_of_its_clause(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);
}
