namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Men who leave their country as a call-up begins are not troops, nor a force that withdraws: "some 90,000 men have fled since
/// the mobilisation", "about 40,000 men entered Finland in the week after the draft was announced", "tens of thousands of
/// young men crossed the border to avoid the call-up". The call-up figure beside them stays.
/// </summary>
public class MenWhoFledACallUpTests
{
    [Theory]
    [InlineData("The ministry said 150,000 reservists would be called up. Some 90,000 men have fled the country since the announcement.", 90_000d)]
    [InlineData("Officials said around 45,000 men fled abroad in the first week of the mobilisation.", 45_000d)]
    [InlineData("Border guards said about 40,000 men entered Finland in the week after the draft was announced.", 40_000d)]
    [InlineData("After the call-up was announced, about 12,000 young men crossed the border to avoid the draft.", 12_000d)]
    [InlineData("A week after the mobilisation order, some 30,000 men have left Belarus, an opposition group said.", 30_000d)]
    public void Men_who_fled_a_call_up_are_no_troop_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    // Near misses: the call-up itself, troops who leave a country in a withdrawal, soldiers who flee, men who cross to fight,
    // and those mobilised who leave for the front.
    [Theory]
    [InlineData("The ministry said 150,000 reservists would be called up. Some 90,000 men have fled the country since the announcement.", 150_000d)]
    [InlineData("The last 1,500 men left Mali on Monday, the army said.", 1_500d)]
    [InlineData("After the mobilisation was announced, some 400 soldiers fled into the neighbouring country.", 400d)]
    [InlineData("After the general mobilisation, about 5,000 men crossed into the enclave to fight.", 5_000d)]
    [InlineData("After the mobilisation was announced, about 8,000 men left for the front.", 8_000d)]
    public void The_call_up_and_troops_on_the_move_stay(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);
}
