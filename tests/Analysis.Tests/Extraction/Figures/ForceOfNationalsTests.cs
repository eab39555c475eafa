namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: people of a country that a force is said to number ("The force currently numbers 2,000 Nigerians, 700 Kenyans
/// and 600 Senegalese") or that are "of" a force ("the 1,500 Kenyans of the AU force"), and the rows of such a list after the
/// first. Near misses: a force that counts, evacuates or is a civilian mission.
/// </summary>
public class ForceOfNationalsTests
{
    [Theory]
    [InlineData("The force currently numbers 2,000 Nigerians, 700 Kenyans and 600 Senegalese.", 2_000d)]
    [InlineData("The force currently numbers 2,000 Nigerians, 700 Kenyans and 600 Senegalese.", 600d)]
    [InlineData("The contingent now numbers 1,400 Nigerians, 150 Togolese and 150 Gambians.", 1_400d)]
    [InlineData("The brigade totals 3,000 Pakistanis, the mission said.", 3_000d)]
    [InlineData("The 2,000 Nigerians and 600 Senegalese of the OAU force have sent units toward the north.", 600d)]
    [InlineData("Some 1,500 Kenyans of the AU force are based in the south.", 1_500d)]
    public void Counts_people_of_a_country_a_force_numbers(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The unit counted 300 Afghans among the refugees at the camp.", 300d)]
    [InlineData("The 40 Americans of the aid mission left on Friday.", 40d)]
    [InlineData("The force evacuated 300 Americans and 200 Canadians from the city.", 300d)]
    public void Does_not_count_people_a_force_tallies_evacuates_or_a_civilian_mission(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
