namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Running tolls of border clashes name the army whose dead they count, and that army word stood nearer the figure than the
/// toll: "bringing the number of deaths among the country's armed forces to 21", "the number of martyrs of the armed forces has
/// become 13". A toll raised "to" the figure by "bringing", "raising" (or one that "has become" it) makes the figure that toll.
/// A strength brought back "to" a figure, and a deployment raised after a loss, stay as they were. The sentences are ours.
/// </summary>
public class TollRaisedToAndBecomeTests
{
    [Theory]
    [InlineData("Three more soldiers died overnight, bringing the number of deaths among the kingdom's armed forces to 24.", 24)]
    [InlineData("Another guardsman succumbed to his wounds, raising the death toll among the army to 17.", 17)]
    [InlineData("The number of martyrs of the armed forces has become 11, the military's media wing said.", 11)]
    public void The_figure_is_the_toll(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    // Near misses: no casualty word before "to"; a deployment raised after a loss.
    [InlineData("After the losses, the army brought its strength back to 3,000.", 3000, TroopKind.ArmySize)]
    [InlineData("Two soldiers were killed, bringing the army's deployment in the region to 3,000.", 3000, TroopKind.Deployment)]
    public void Other_figures_keep_their_kind(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
