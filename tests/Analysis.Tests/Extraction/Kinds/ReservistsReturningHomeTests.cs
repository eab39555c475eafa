namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists going home were serving (kind deployment), as reservists released are, not a reserve's size: "some 40,000
/// reservists have gone home", "about 120,000 reservists of the Army and Air Force, including one National Guard division, would
/// start returning home" (return_home_words after the mention, past return_home_fillers, the services they are of, or an aside
/// of what they include; FigureKind.ReturningHome). Not reservists whose home is only where they live ("most of whom live at
/// home"), nor other words between ("can go home only after the war" after "and they"). The sentences are ours.
/// </summary>
public class ReservistsReturningHomeTests
{
    [Theory]
    [InlineData("Some 40,000 reservists have gone home since the truce, the army said.", 40000, TroopKind.Deployment)]
    [InlineData("The Pentagon said about 120,000 reservists of the Army and Air Force, including one National Guard division, would start returning home in June.", 120000, TroopKind.Deployment)]
    [InlineData("About 8,000 reservists are already heading home after the drills ended.", 8000, TroopKind.Deployment)]
    // Near misses: a reserve's size with "home" in another sense or clause.
    [InlineData("The country has about 400,000 reservists, most of whom live at home.", 400000, TroopKind.ArmySize)]
    [InlineData("The country has about 400,000 reservists and they can go home only after the war.", 400000, TroopKind.ArmySize)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
