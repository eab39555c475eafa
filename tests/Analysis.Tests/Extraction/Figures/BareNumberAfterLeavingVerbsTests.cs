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

    // A drawdown told in steps after a sentence about the force: "went home", "came home", "pulled out" after a bare number
    // count the troops the sentence before counted. After a sentence about other people they count nothing.
    [Theory]
    [InlineData("Spain had 1,300 troops in the province. Some 400 went home in March and the rest in May.", new double[] { 1_300, 400 })]
    [InlineData("The brigade had 2,500 soldiers at the base. By June about 900 had pulled out.", new double[] { 2_500, 900 })]
    [InlineData("Ottawa kept 950 troops in the south. Roughly 200 came home before Christmas.", new double[] { 950, 200 })]
    // Near miss: the sentence before counts residents.
    [InlineData("The town had 30,000 residents before the war. Some 3,000 went home in May.", new double[0])]
    public void A_bare_number_that_goes_home_after_a_troop_figure_counts_those_troops(string text, double[] values) =>
        Assert.Equal(values, Values(text));
}
