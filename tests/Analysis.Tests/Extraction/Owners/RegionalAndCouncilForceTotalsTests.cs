namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Totals of a force of several states, named in ways the kit did not read as such, took the country of the figure before
/// them (a national contingent counted just before): the UN's mission by the noun of its name ("Stabilisation Mission") with
/// the country it serves in after "in", the UN's own force or troops ("a UN force"), a force named by its region ("a regional
/// West African force", "an African force", "the African-led force"), the force the Security Council approves in the figure's
/// own sentence ("approved a force of up to N"), and troops from several countries' services or from "countries including"
/// a list. The sentences are ours.
/// </summary>
public class RegionalAndCouncilForceTotalsTests
{
    [Theory]
    [InlineData("Ghana will send 600 soldiers to the north, its army said. The UN's Integrated Stabilisation Mission in Chad (Minucha) is to be made up of 9,000 troops.", 9000, null)]
    [InlineData("Ghana will send 600 soldiers to the north, its army said. The UN Security Council on Friday approved a force of up to 9,000 troops and police for the country.", 9000, null)]
    [InlineData("Soldiers from a regional West African force will reach the north within days. Ghana will send 600 soldiers to the north, its army said. The force is expected to be 4,000 strong.", 4000, null)]
    [InlineData("Ghana's army said it would send 600 soldiers. An African force of 4,000 troops will take over in July.", 4000, null)]
    [InlineData("Ghana will send 600 soldiers, its army said. Officials hope a UN force, drawn mostly from Asia, will number about 8,000 troops.", 8000, null)]
    [InlineData("Ghana will send 600 soldiers, its army said. At first 1,100 troops from the armies of Togo, Benin and Gambia would deploy.", 1100, null)]
    [InlineData("Ghana will send 600 soldiers to the north, its army said. The 900 soldiers from countries including Ghana, Togo and Benin are backing the army.", 900, null)]
    // Near misses: one country's force or service keeps its owner, whether "South" makes the region a country or the country
    // is named before the force.
    [InlineData("South Africa said on Monday the South African force of 1,300 soldiers would stay.", 1300, "South Africa")]
    [InlineData("Ghana will send 600 soldiers, its army said. The Ghanaian force in Chad has 900 troops.", 900, "Ghana")]
    [InlineData("Ghana will send 600 soldiers, its army said. About 700 troops from the army of Togo would deploy.", 700, "Togo")]
    public void A_total_of_a_force_of_several_states_has_no_single_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
