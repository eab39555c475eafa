namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Units whose names end in two words, after the words any country's units bear: Russia's military districts ("Russia's
/// Southern Military District", "the Western Military District" in a story on Russian troops) and Thailand's army areas ("the
/// Thai army's Second Army Area"): the country's unit, named by its adjective. "District" alone is no unit ("the Southern
/// District of New York").
/// </summary>
public class MilitaryDistrictsAndArmyAreasTests
{
    [Theory]
    [InlineData("About 3,000 troops took part in the snap drills, Russia's Southern Military District said.", "Russian Southern Military District")]
    [InlineData("Some 1,500 Russian paratroopers were moved to the border, the Western Military District said.", "Russian Western Military District")]
    [InlineData("Two more Thai soldiers were killed, bringing the toll to 19, the Thai army's Second Army Area said.", "Thai Second Army Area")]
    public void Country_unit(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 300 defendants were charged last year, prosecutors in the Southern District of New York said.", "U.S. Southern District")]
    [InlineData("Two more Thai soldiers were killed, bringing the toll to 19, the Thai army's Second Army Area said.", "Second Army Area")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
