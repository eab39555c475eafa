namespace Analysis.Tests.Extraction;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The regressions a second review found in session 12's figure and source rules, each beside the shape its rule was written
/// for: both must hold. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class ReviewRegressionsS12bTests
{
    private static TroopCount At(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value);

    [Theory]
    // "is now", "is currently", "remains" bind to the noun right before them: a population, arrests, crossings, a budget or a
    // toll of strikes is no troop figure, whatever troops the sentence names elsewhere.
    [InlineData("North Korean troops were sent to the Kursk region, whose population is now about 1 million.", 1000000)]
    [InlineData("US troops are stationed in Rzeszow, a city whose population remains about 200,000.", 200000)]
    [InlineData("The number of people arrested since Guard troops arrived in Los Angeles is now 575, police said.", 575)]
    [InlineData("Since the troops arrived, the number of crossings is currently 1,200 a day, down from 8,000.", 1200)]
    [InlineData("The peacekeepers' mandate was extended, and the budget for troops is currently 1.2 billion.", 1200000000)]
    [InlineData("Israeli troops entered Gaza City, where the death toll from strikes is now 150, health officials said.", 150)]
    // A "who" clause whose verb is none of soldiers counts other people.
    [InlineData("Troops fired on protesters in Kursk and the 300 who gathered at the square fled.", 300)]
    [InlineData("As Guard troops patrolled the city, the 500 who marched downtown were peaceful, police said.", 500)]
    // "Of the <things> … troops …,": the head noun of the fronted phrase is not troops.
    [InlineData("Of the drones Russia launched overnight against Ukrainian forces, 56 were shot down, the air force said.", 56)]
    [InlineData("Of the drones launched at Ukrainian troops overnight, 40 were shot down, the air force said.", 40)]
    // What a verb of other acts or of paying takes is no whole of troops that "N of them" breaks down.
    [InlineData("Russian troops carried out 120 on Monday, 40 of them near Kupiansk, the army said.", 120)]
    [InlineData("Russia paid each North Korean soldier 2,000 a month, 500 of them in cash.", 2000)]
    public void Not_a_troop_figure(string passage, double value) =>
        Assert.DoesNotContain(value, Values(passage));

    [Theory]
    // The troop noun as the predicate's subject, a place between them, or "the number of" troops.
    [InlineData("Indian troop strength along the LAC is now about 52,000, officials said.", 52000)]
    [InlineData("The number of US troops in Poland is currently about 10,000.", 10000)]
    [InlineData("The NATO force in Kosovo remains at about 4,500, the alliance said.", 4500)]
    // A "who" clause with a verb of soldiers.
    [InlineData("The pact foresees 1,000 more American soldiers, beyond the 4,500 who already stay in Poland on rotation.", 4500)]
    [InlineData("About 12,000 North Korean soldiers went to Kursk; the 300 who died there were buried in Russia.", 300)]
    // "Of the <troops> …,": a part of them.
    [InlineData("Of the US soldiers in Germany, around 18,500 serve in Rhineland-Palatinate.", 18500)]
    [InlineData("Of the North Korean troops sent to Kursk, 40 were captured or killed in January, Kyiv said.", 40)]
    // The whole that "N of them" breaks down.
    [InlineData("The army's count of its dead soldiers reached 514 on Tuesday, 180 of them killed in Gaza.", 514)]
    public void Still_a_troop_figure(string passage, double value) =>
        Assert.Contains(value, Values(passage));
}
