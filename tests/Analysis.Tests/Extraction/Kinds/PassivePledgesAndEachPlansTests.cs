namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops still to come as real reporting writes them: a passive promise, pledge or expectation right after the troops
/// ("5,000 men have been promised", "2,000 soldiers were pledged", "100 more troops were expected"), and a future form with a
/// distributive "each" inside it ("Niger and Togo are each to send about 500"), whose gapped rows keep the plan. Troops
/// there now, or promised something else, stay current.
/// </summary>
public class PassivePledgesAndEachPlansTests
{
    [Theory]
    [InlineData("Untitled\n\nMore than 5,000 men have been promised for the force, officials said.", 5_000d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSome 2,000 soldiers were pledged at the donors' summit in Addis Ababa.", 2_000d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nAbout 400 more Danish troops were expected late on Tuesday.", 400d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nA further 1,200 peacekeepers have been offered by Asian governments.", 1_200d, EstimateStatus.Planned)]
    // Troops there, or promised something that is not themselves: as they were.
    [InlineData("Untitled\n\nSome 2,000 soldiers arrived at the summit's venue on Monday.", 2_000d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 800 soldiers were promised higher pay by the junta.", 800d, EstimateStatus.Current)]
    public void A_passive_promise_or_expectation_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    [InlineData("Untitled\n\nNiger, Togo and Senegal are each to send about 500 soldiers, Benin 300.", 500d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nNiger, Togo and Senegal are each to send about 500 soldiers, Benin 300.", 300d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSweden and Finland will each deploy 250 soldiers to the brigade.", 250d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSweden and Finland each sent 250 soldiers to the brigade.", 250d, EstimateStatus.Current)]
    // (Each country of the list has the figure: EachOfCountriesTests.)
    public void A_future_with_each_inside_is_planned(string text, double value, EstimateStatus status)
    {
        var figures = DocumentCounts(text).Where(c => c.Value == value).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, c => Assert.Equal(status, c.Status));
    }
}
