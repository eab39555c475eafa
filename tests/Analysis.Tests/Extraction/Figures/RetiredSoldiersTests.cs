namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Veterans a private force hires are counted as its troops: "retired" may stand between the number and a troop noun, as
/// "former" does ("more than 300 retired Colombian soldiers"). Retired officers and generals are veterans counted one by one
/// (list retired_rank_nouns), and "retired" as the number's verb counts nothing. The sentences are ours.
/// </summary>
public class RetiredSoldiersTests
{
    [Theory]
    [InlineData("Investigators said 24 retired soldiers had been hired for the raid.", 24d)]
    [InlineData("More than 300 retired Colombian soldiers were lured to the war with promises of high pay.", 300d)]
    [InlineData("Two retired paratroopers were among the men captured on the beach.", 2d)]
    public void Retired_soldiers_are_counted(string text, double value) =>
        Assert.Equal(value, Assert.Single(Counts(text)).Value);

    [Theory]
    [InlineData("Police arrested two retired officers accused of recruiting veterans for the war.")]
    [InlineData("Some 120 retired generals signed the open letter.")]
    [InlineData("About 20 retired in May, the regiment said.")]
    public void Retired_officers_and_the_verb_count_no_troops(string text) => Assert.Empty(Counts(text));
}
