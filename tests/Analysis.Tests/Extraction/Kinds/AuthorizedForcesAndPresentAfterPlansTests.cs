namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force an adjective of plan or authorization names ("an authorized force of 9,200", "the proposed contingent of 800") is
/// still to come: planned. A figure after it with a verb of its own in the present ("more than 6,400 are now there") keeps its
/// own time instead of the plan's. The sentences are ours, in the shapes of the 1962 memoranda on the build-up in Thailand and
/// of the 2017 copy on the Pentagon's force management levels.
/// </summary>
public class AuthorizedForcesAndPresentAfterPlansTests
{
    private const string Build = "Against an authorized force of 7,500, more than 5,100 U.S. servicemen are now in the country.";

    [Theory]
    [InlineData(Build, 7500, EstimateStatus.Planned)]
    [InlineData(Build, 5100, EstimateStatus.Current)]
    [InlineData("Against a ceiling of 7,500, about 5,100 soldiers are already deployed.", 5100, EstimateStatus.Current)]
    [InlineData("The proposed contingent of 800 soldiers would be led by Ghana.", 800, EstimateStatus.Planned)]
    // The Pentagon's caps on a theatre's troops (2017 copy on Iraq, Syria and Afghanistan).
    [InlineData("The force management levels are 4,100 in Kuwait and 300 in Jordan.", 4100, EstimateStatus.Planned)]
    [InlineData("The force management level for the country is 3,500 troops.", 3500, EstimateStatus.Planned)]
    // Near misses: a force with no adjective of plan is the force there; a list sent by one verb shares its time.
    [InlineData("Ghana commands a contingent of 800 soldiers.", 800, EstimateStatus.Current)]
    [InlineData("Pyongyang will send 1,000 sappers, 5,000 military builders and 300 combat engineers.", 5000, EstimateStatus.Planned)]
    public void Status_of_the_figure(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
