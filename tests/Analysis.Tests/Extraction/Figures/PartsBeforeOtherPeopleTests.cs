namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "N of them" after a sentence that counted troops is a part of them, even when a later number of its sentence counts other
/// people with a noun of its own ("Nearly 700 of them lost their lives to bullets and bombs, and in turn they killed more than 300
/// people"): that number is nothing the part is read against. A bare number with no "of them" still is read against the other
/// numbers of its sentence.
/// </summary>
public class PartsBeforeOtherPeopleTests
{
    [Theory]
    [InlineData("More than 40,000 soldiers served there over the decades. Nearly 700 of them lost their lives to bullets and bombs, and in turn they killed more than 300 people.", 700d)]
    [InlineData("The army sent 5,000 soldiers to the north. About 60 of them died in the fighting, which also killed 200 people.", 60d)]
    [InlineData("The army sent 5,000 soldiers to the north. About 60 of them died in the fighting, and rebels killed 200 people.", 60d)]
    public void A_part_before_other_people_is_a_figure(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("About 5,000 soldiers were sent to the region. The homicide count was 573 last year, down from 617 people in 2019.", 573d)]
    [InlineData("About 5,000 soldiers were sent to the region. The town had 30,000 residents before the war; now 2,000 remain.", 2_000d)]
    public void A_bare_number_beside_other_people_is_none(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
