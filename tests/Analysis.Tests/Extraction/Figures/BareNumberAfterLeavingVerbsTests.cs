namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Drawdowns reported place by place give a bare number the troop noun of the figure before it ("25 soldiers left Addu, and 12
/// withdrew from Laamu"): "withdrew", "departed" and "pulled out" after such a number read as "left" already does, in a
/// sentence about troops. Outside one ("Around 300 withdrew from the race") the number is anyone's. The sentences are ours.
/// </summary>
public class BareNumberAfterLeavingVerbsTests
{
    [Theory]
    [InlineData("On Friday, 25 soldiers left Addu, and 12 withdrew from Laamu.", new double[] { 25, 12 })]
    [InlineData("Some 40 soldiers pulled out of Gan, and 15 departed from Hanimaadhoo.", new double[] { 40, 15 })]
    [InlineData("About 30 soldiers left the base on Monday and 20 pulled out on Tuesday.", new double[] { 30, 20 })]
    // Near miss: no troops in the sentence.
    [InlineData("Around 300 withdrew from the race.", new double[0])]
    public void A_bare_number_that_withdraws_shares_the_troops_before_it(string text, double[] values) =>
        Assert.Equal(values, Values(text));
}
