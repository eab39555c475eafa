namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An estimate that puts a whole force's strength "at" a figure counts that force's size (kind army_size): "Western diplomats put
/// the rebels' strength at about 12,000", "the current strength of the LTTE is estimated to be around 4,000"
/// (strength_estimate_nouns, strength_estimate_links, a whole force or an armed group's name; FigureKind.StrengthEstimateOfWhole).
/// Not a force somewhere ("the strength of the Russian force near Kharkiv at 30,000"), nor a toll put at a figure ("put the number
/// of rebels killed at 300"). The sentences are ours.
/// </summary>
public class StrengthEstimatesOfWholeForcesTests
{
    [Theory]
    [InlineData("Western diplomats put the rebels' strength at about 12,000, most of them teenagers.", 12000, TroopKind.ArmySize)]
    [InlineData("The current strength of the LTTE is estimated to be around 4,000 fighters, Indian officers said.", 4000, TroopKind.ArmySize)]
    [InlineData("US officials now estimate the Taliban's strength at a minimum of 50,000 fighters.", 50000, TroopKind.ArmySize)]
    // Near misses: a force somewhere, a toll, a strength of no whole force.
    [InlineData("The strength of the Russian force near Kharkiv is estimated at 30,000 troops.", 30000, TroopKind.Deployment)]
    [InlineData("Officials put the number of rebels killed at 300.", 300, TroopKind.Casualties)]
    [InlineData("Officials put the strength of the brigade at 3,500 soldiers.", 3500, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
