namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Southern and East African national forces that copy names by their initials after the first mention ("the SANDF said",
/// "according to the UPDF"): one source under either name, named by its full name, as "RDF" is the Rwanda Defence Force.
/// </summary>
public class AfricanForceInitialsTests
{
    [Theory]
    [InlineData("The SANDF said on Tuesday that 14 of its soldiers had been killed near the border.", "South African National Defence Force")]
    [InlineData("About 1,200 troops will stay in the east until March, according to the SANDF.", "South African National Defence Force")]
    [InlineData("The South African National Defence Force said 2,900 members were deployed.", "South African National Defence Force")]
    [InlineData("Two soldiers were killed and 20 injured in the attack on the base, the SA National Defence Force said.", "South African National Defence Force")]
    [InlineData("Some 4,000 soldiers have crossed into the neighbouring country, the UPDF said in a statement.", "Uganda People's Defence Force")]
    [InlineData("The Uganda People's Defence Force said 700 more troops would join the mission.", "Uganda People's Defence Force")]
    [InlineData("About 850 soldiers will rotate home in June, the TPDF announced.", "Tanzania People's Defence Force")]
    public void Named_by_the_full_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The initials are not a second source beside the full name.
    [InlineData("The SANDF said on Tuesday that 14 of its soldiers had been killed near the border.", "SANDF")]
    [InlineData("Some 4,000 soldiers have crossed into the neighbouring country, the UPDF said in a statement.", "UPDF")]
    // A force only named, not cited, is no source.
    [InlineData("About 300 soldiers of the SANDF were flown home, the ministry of defence said.", "South African National Defence Force")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
