namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A number after "with" that a gerund of guard duty follows ("with some 200 taking up positions", "with 150 protecting the
/// courthouse") is a part of the troops counted before it; a place named before "with" counts the number's people only right
/// before it ("a town with 30,000"), not past other words ("sent to the port city on Friday, with ..."), where it is where the
/// troops went. The sentences are ours.
/// </summary>
public class WithPartsPastPlacesTests
{
    [Theory]
    [InlineData("The governor sent 1,500 Guard members to the port city on Friday, with some 200 taking up positions at the docks.", 200)]
    [InlineData("About 900 soldiers reached the city late on Monday, with 150 protecting the courthouse.", 150)]
    [InlineData("The army flew 1,200 troops to the region's largest town overnight, with 300 securing the airport.", 300)]
    // Near misses: a place right before "with", and others beside the number, still count people; a gerund anyone does is no part.
    [InlineData("The brigade of 1,500 soldiers camped near a town with 30,000 residents.", -1)]
    [InlineData("The governor sent 1,500 Guard members to the port city on Friday, with 200 crossing the border each day.", -1)]
    public void Parts_after_with_past_a_place_are_counted(string text, double value)
    {
        var counts = Counts(text);
        if (value < 0) Assert.DoesNotContain(counts, c => c.Value is 30000 or 200);
        else Assert.Single(counts, c => c.Value == value);
    }
}
