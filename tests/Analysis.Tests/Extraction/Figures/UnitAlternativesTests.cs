namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "in the next day or two": a small number after a unit of time or distance and "or" counts that unit, not troops, even in a
/// sentence that counts troops (unit_alternatives).
/// </summary>
public class UnitAlternativesTests
{
    [Theory]
    [InlineData("The 2,500 marines due at the airport in the next day or two will guard the runway, the spokesman said.", 2d)]
    [InlineData("About 1,200 soldiers are expected within a week or two, officials said.", 2d)]
    [InlineData("Six soldiers were wounded over the past day or two, the army said.", 2d)]
    [InlineData("The 400 paratroopers camped a mile or two from the border post.", 2d)]
    [InlineData("Some 900 troops will stay on for a month or three, a diplomat said.", 3d)]
    public void A_number_after_a_unit_and_or_is_no_troop_count(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // Near misses: a rate of troops after "a day or", and units counted before a noun of their own
    [InlineData("The army was losing 1,000 soldiers a day or 30,000 a month, the analyst said.", 30_000d)]
    [InlineData("The 2,500 marines will land in a day or two, and two battalions more will follow.", 2_500d)]
    [InlineData("Four soldiers died on Monday, and a day later two more were killed.", 2d)]
    public void Other_numbers_stand(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);
}
