namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// After a sentence about troops, "their numbers" is their count as "their number" is, and a level never passed ("have never
/// gone beyond 1,250", "has never exceeded 3,000") is an upper bound. The sentences are ours, in the shapes of the 2016 copy on
/// the Marine rotations through Darwin.
/// </summary>
public class NeverPassedLevelsTests
{
    private const string Before = "Untitled\n\nAbout 400 Marines flew in on Monday.\n\n";

    [Theory]
    [InlineData(Before + "Their numbers have never gone beyond 1,100.", 1100, Hedge.AtMost)]
    [InlineData(Before + "The rotation has never exceeded 1,250 troops.", 1250, Hedge.AtMost)]
    public void A_level_of_the_troops(string passage, double value, Hedge hedge) =>
        Assert.Equal(hedge, Assert.Single(Counts(passage), c => (c.Value ?? c.High) == value).Hedge);

    // Near miss: with no troops before, numbers are anyone's.
    [Fact]
    public void No_figure_without_troops() =>
        Assert.Empty(Counts("Untitled\n\nVisitors flocked to the fair.\n\nTheir numbers have never gone beyond 1,100."));
}
