namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Numbers with no noun of their own whose troops the words before them give: the size a force had, told after what is left of
/// it ("About 500 troops remain of the original 7,000"), and a part of casualties a sentence opens with, after a passage that
/// counted troops ("Of the injured, 1,200 have returned to duty"). The same shapes about goods, money or civilians count none.
/// </summary>
public class RemnantWholeAndCasualtyPartTests
{
    [Theory]
    [InlineData("About 500 Nigerian troops remain in Mali of the original 3,000 that flew in last year.", 3_000d)]
    [InlineData("Only 200 Dutch soldiers are still in the camp of an initial 1,400.", 1_400d)]
    [InlineData("The army said 4,000 soldiers were hurt in the offensive. Of the injured, 1,200 have returned to duty.", 1_200d)]
    public void Counts_the_troops_the_words_before_give(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Soldiers handed out only 300 of the original 1,000 food parcels.")]
    [InlineData("The troops sold the charity just $200 of the original $7,000 pledge.")]
    [InlineData("Israeli troops raided the camp overnight. Of the wounded, 20 were children.")]
    [InlineData("A bus crashed near Kano on Monday. Of the injured, 14 were taken to hospital.")]
    [InlineData("Of the dead, 12 were civilians, the hospital said.")]
    public void Counts_none_where_they_are_other_things(string passage) => Assert.Empty(Counts(passage));
}
