namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: fighters as older copy spells them ("mujahedeen", "Gurkhas"), the services
/// named land, sea and air and the part of a force called up ("reserve component personnel", "selected reservists") between
/// the number and its noun, and a limit the force may not pass as an upper bound ("a maximum limit of", "capped at").
/// A number repeated in brackets before its noun, as official copy writes it ("five hundred (500) men").
/// Each family has rows where the same words count something else or nothing.
/// </summary>
public class FightersReservesAndCapsTests
{
    [Theory]
    [InlineData("Some 4,000 mujahedeen were said to be massing near the pass.", 4_000d)]
    [InlineData("The rebels claim about 7,000 mujahidin in the valley.", 7_000d)]
    [InlineData("The battalion of about 600 Gurkhas flew to Kosovo on Monday.", 600d)]
    [InlineData("Nearly 120,000 British land, sea and air forces took part in the campaign.", 120_000d)]
    [InlineData("The Pentagon called up 15,000 reserve component personnel for the operation.", 15_000d)]
    [InlineData("The order allowed up to 50,000 selected reservists to be activated.", 50_000d)]
    public void Counts_fighters_and_services_by_their_names(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The country sold 4,000 sea mines and 300 land mines last year.")]
    [InlineData("The committee selected 200 reserve players for the tournament.")]
    [InlineData("About 5,000 Gurkha restaurants have opened in Britain.")]
    public void Does_not_count_other_sea_land_or_selected_things(string passage) =>
        Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("The contingent has a maximum limit of 1.400 personnel under the mandate.", 1_400d)]
    [InlineData("The mission is capped at 3,000 troops by the parliament's vote.", 3_000d)]
    [InlineData("The deployment will be limited to 600 soldiers, the minister said.", 600d)]
    // a mission's authorised strength is its ceiling
    [InlineData("The hybrid mission is authorized to have 19,500 troops but has fewer than 9,000.", 19_500d)]
    [InlineData("The regional force has an authorised strength of 8,200 soldiers and police.", 8_200d)]
    [InlineData("Under the mandate the force is authorised to number 4,000 troops.", 4_000d)]
    public void Reads_a_limit_as_at_most(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Hedge == Hedge.AtMost);

    [Theory]
    [InlineData("The contingent, limited in number, sent 600 soldiers to the north.", 600d)]
    [InlineData("The operation was limited to the border, where 3,000 troops were deployed.", 3_000d)]
    public void Does_not_read_a_limit_that_is_not_the_numbers(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Hedge != Hedge.AtMost);

    [Theory]
    [InlineData("The Mission will reduce its troops to five hundred (500) men by March.", 500d)]
    [InlineData("Nigeria pledged one hundred and fifty (150) troops to the regional force.", 150d)]
    [InlineData("The government will deploy 2,000 (two thousand) soldiers to the mission.", 2_000d)]
    public void Counts_a_number_repeated_in_brackets(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The ministry bought five hundred (500) trucks for the army.")]
    [InlineData("The plant employs 2,000 (two thousand) workers near the base.")]
    public void Does_not_count_other_things_repeated_in_brackets(string passage) =>
        Assert.Empty(Counts(passage));
}
