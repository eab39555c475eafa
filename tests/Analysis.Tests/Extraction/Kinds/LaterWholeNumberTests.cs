namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "were among the", "are part of a", "out of", "of the original" and a number after a figure name the whole it is a part of only when that number can
/// hold it: larger than the figure and no year ("are part of the 2024 rotation", "were among the 3 battalions" leave the
/// figure a force of its own). The sentences are ours.
/// </summary>
public class LaterWholeNumberTests
{
    [Theory]
    [InlineData("The 700 soldiers are part of the 2024 rotation, the Latvian army said.", 700, TroopKind.Deployment)]
    [InlineData("About 500 Estonian troops were among the 3 battalions sent north, officials said.", 500, TroopKind.Deployment)]
    // Near misses: a larger number, or a year-like number written as a count, is the whole.
    [InlineData("About 5,000 Australian peacekeepers were among the 11,000 UN troops in the country.", 5000, TroopKind.Subset)]
    [InlineData("The 700 Latvian soldiers are part of a 2,500-member force.", 700, TroopKind.Subset)]
    [InlineData("The 700 Latvian soldiers are part of a 2,024-strong force.", 700, TroopKind.Subset)]
    // "out of" the whole, "of the original" whole.
    [InlineData("Up to 2,000 soldiers out of a total of 15,000 were leaving the capital, officials said.", 2000, TroopKind.Subset)]
    [InlineData("Nigerians make up around 1,500 soldiers out of the 10,000 peacekeepers in the country.", 1500, TroopKind.Subset)]
    [InlineData("About 400 remain of the original 3,000 that arrived in 2008, the army said.", 400, TroopKind.Subset)]
    [InlineData("About 400 soldiers out of 12 battalions stayed, officials said.", 400, TroopKind.Deployment)]
    // Further on in the clause, past where the part is; not past the clause's end.
    [InlineData("About 450 ECOWAS troops remain in Gambia of the original 6,000, the bloc said.", 450, TroopKind.Subset)]
    [InlineData("About 450 ECOWAS troops remain in Gambia out of a total of 6,000 sent in 2017.", 450, TroopKind.Subset)]
    [InlineData("About 450 ECOWAS troops remain in Gambia, the bloc said of the original plan for 6,000.", 450, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
