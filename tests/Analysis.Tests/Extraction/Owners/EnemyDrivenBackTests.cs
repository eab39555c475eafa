namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country named as the enemy a force is sent to fight or drive back ("to fight Ukrainian forces", "to drive out the
/// Ukrainian troops", "to repel the Georgian units") is not whose troops are counted, as "fighting" and "against" already
/// say. The sentences are ours.
/// </summary>
public class EnemyDrivenBackTests
{
    [Theory]
    [InlineData("Some 1,800 soldiers were moved to the border to push back Azerbaijani units.", 1800, "")]
    [InlineData("About 700 paratroopers were flown in to drive out the Georgian troops.", 700, "")]
    [InlineData("Nearly 2,000 soldiers were sent north to fight Ukrainian forces.", 2000, "")]
    [InlineData("Up to 900 marines will be landed to repel the Turkish incursion.", 900, "")]
    // Near misses: the country's own troops sent, and troops fighting beside it, stay its own or no one's as before.
    [InlineData("Some 1,800 Azerbaijani soldiers were moved to the border.", 1800, "Azerbaijan")]
    [InlineData("About 700 Georgian paratroopers were flown in to drive out the rebels.", 700, "Georgia")]
    public void An_enemy_to_be_driven_back_owns_no_troops(string document, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + document, value).Subject ?? "");
}
