namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A verb of nearing or passing is the hedge and the link of a toll to its number ("the number of wounded approaches 2,000",
/// "the wounded now top 3,000", "losses approached 4,000"): after a sentence about troops the number counts their casualties,
/// nearly (approaches, neared) or at least (tops, passed). Near miss: a number a hedge verb links to something else. The
/// sentences are ours, in the shapes of 2025 copy on North Korean losses.
/// </summary>
public class HedgeVerbTollsTests
{
    private const string Troops = "Kursk\n\nNorth Korean troops have fought in Kursk since the autumn. ";

    [Theory]
    [InlineData("The number of wounded approaches 3,000, a lawmaker said.", 3000, Hedge.Approximate)]
    [InlineData("Their losses approached 4,000 by the spring.", 4000, Hedge.Approximate)]
    [InlineData("The number of dead now tops 600, the spy agency said.", 600, Hedge.AtLeast)]
    [InlineData("At least 300 deaths have been confirmed, and the number of wounded approaches 2,700, he said.", 2700, Hedge.Approximate)]
    public void Hedge_verb_links_a_toll_to_its_number(string sentence, double value, Hedge hedge)
    {
        var count = Of(Troops + sentence, value);
        Assert.Equal((TroopKind.Casualties, hedge), (count.Kind, count.Hedge));
    }

    // The toll before it in the same sentence stays a figure of its own.
    [Fact]
    public void The_toll_before_stays() =>
        Assert.Equal(300, Of(Troops + "At least 300 deaths have been confirmed, and the number of wounded approaches 2,700, he said.", 300).Value);

    // Near miss: the hedge verb's number counts what is no troop.
    [Fact]
    public void A_number_of_other_things_is_no_figure() =>
        Assert.DoesNotContain(DocumentCounts(Troops + "The price of a drone approaches 2,000 dollars."), c => c.Value == 2000);
}
