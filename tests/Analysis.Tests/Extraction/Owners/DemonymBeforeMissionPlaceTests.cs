namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bare country name between another country's demonym and a force noun is where the force serves: "the Chilean Haiti
/// contingent" is Chile's. A bare name alone before the force noun is still read as it was. The sentences are ours.
/// </summary>
public class DemonymBeforeMissionPlaceTests
{
    [Theory]
    [InlineData("The Chilean Haiti contingent will reach 700 by May.", 700, "Chile")]
    [InlineData("The Nepali Lebanon battalion numbers 850.", 850, "Nepal")]
    // Near miss: a demonym alone before the force noun owns it.
    [InlineData("The Chilean contingent will reach 700 by May.", 700, "Chile")]
    public void The_demonym_owns_the_force_serving_in_the_named_country(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
