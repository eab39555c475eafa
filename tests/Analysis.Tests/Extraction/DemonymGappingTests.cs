namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A gapped figure whose country is named by its adjective as a noun, after "the", right before the number ("and the British
/// 6,000 in central Bosnia"): the verb and troops are those of the sure figure before it. Where the adjective modifies what
/// the number counts (tonnes, euros, a year) it is no contingent.
/// </summary>
public class DemonymGappingTests
{
    [Theory]
    [InlineData("The French contingent of 10,000 will be around Sarajevo and the British 6,000 in central Bosnia.", 6_000d)]
    [InlineData("The US will send 15,000 troops to the north and the British 4,000 to the south.", 4_000d)]
    [InlineData("Germany has 1,200 soldiers in Lithuania, and the Dutch 300.", 300d)]
    public void Counts_the_contingent_the_adjective_names(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The French sent 5,000 troops, and the British 2024 budget rose.", 2_024d)]
    [InlineData("Canada sent 800 troops and the Canadian 2,000 tonnes of aid.", 2_000d)]
    [InlineData("The US deployed 3,000 troops; the French 1,500 euros went to the fund.", 1_500d)]
    public void Counts_nothing_the_adjective_modifies(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
