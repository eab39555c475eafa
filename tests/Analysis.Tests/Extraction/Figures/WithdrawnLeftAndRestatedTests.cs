namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troop figures whose noun is left out after a troop figure: what a verb of withdrawing takes ("The Pentagon will withdraw about
/// 4,000 by July"), what a verb of leaving leaves where it stands ("The cut would leave about 8,600 in the country", "leave some
/// 2,500 behind"), and a counter-estimate of a casualty count, which counts casualties too ("The spy agency put the figure at
/// 3,000"). Near misses: vehicles, money, people a storm leaves homeless, a company's staff, a counter-estimate of a deployment
/// or one whose own clause says what it counts. The sentences are ours.
/// </summary>
public class WithdrawnLeftAndRestatedTests
{
    [Theory]
    [InlineData("Washington has about 13,000 troops in the country. The Pentagon will withdraw about 4,000 by July.", 4_000d)]
    [InlineData("Britain has some 7,100 soldiers in Iraq. Ministers plan to bring home about 2,500 by the spring.", 2_500d)]
    [InlineData("France has about 5,100 soldiers in the Sahel. The army has begun pulling out some 1,200, officials said.", 1_200d)]
    [InlineData("Washington has about 13,000 troops in the country. The cut would leave about 8,600 in the country.", 8_600d)]
    [InlineData("The US keeps about 36,000 troops in Germany. Washington will pull out 12,000, leaving about 24,000, officials said.", 24_000d)]
    [InlineData("France has about 5,100 soldiers in the Sahel. Paris will leave behind some 2,500 after the summer.", 2_500d)]
    [InlineData("Washington has about 13,000 troops in the country. Trump ordered about 4,000 home.", 4_000d)]
    [InlineData("Washington has about 13,000 troops in the country. That would still leave some 2,500 behind.", 2_500d)]
    public void Counts_what_a_drawdown_takes_or_leaves(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Deployment);

    [Theory]
    [InlineData("Washington has about 13,000 troops in the country. The Pentagon will withdraw about 4,000 vehicles by July.", 4_000d)]
    [InlineData("Washington has about 13,000 troops in the country. The storm left about 2,000 homeless.", 2_000d)]
    [InlineData("Washington has about 13,000 troops in the country. The blast left about 300 in hospital.", 300d)]
    [InlineData("Washington has about 13,000 troops in the country. The ministry will leave 500 million in the budget.", 500_000_000d)]
    [InlineData("The company employs about 13,000 people in the country. The firm would pull out 4,000 by July.", 4_000d)]
    [InlineData("Police detained 150 protesters on Friday. The judge ordered 400 home after the hearing.", 400d)]
    [InlineData("The company employs about 13,000 people in the country. The cut would leave about 8,600 in the country.", 8_600d)]
    public void Counts_no_troops_a_drawdown_verb_takes_from_others(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Kyiv said as many as 4,000 North Korean soldiers had been killed or wounded. The spy agency put the figure at 3,000.", 3_000d)]
    [InlineData("Kyiv said as many as 4,000 North Korean soldiers had been killed or wounded. Seoul's estimate is lower, at about 3,000.", 3_000d)]
    [InlineData("Kyiv said as many as 4,000 North Korean soldiers had been killed or wounded. Seoul has given a lower figure of 3,000.", 3_000d)]
    [InlineData("Insurgents claimed 500 British soldiers had been killed. The army puts the number at about 250.", 250d)]
    [InlineData("The Taliban claimed 300 American soldiers died in the attack. The Pentagon said the figure was closer to 100.", 100d)]
    [InlineData("Kyiv said as many as 4,000 North Korean soldiers had been killed or wounded. Other estimates are far lower, at around 1,000.", 1_000d)]
    public void A_counter_estimate_of_a_casualty_count_counts_casualties(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Casualties);

    [Theory]
    // The count before is a deployment; the frame's noun has words of its own; an earlier clause says what "the number" is.
    [InlineData("Seoul's spy agency says 11,000 were sent. Kyiv puts the figure at 12,000.", 12_000d)]
    [InlineData("Kyiv said as many as 4,000 North Korean soldiers had been killed or wounded. Kyiv puts the number of troops in Kursk at 11,000.", 11_000d)]
    [InlineData("The Taliban said 300 American soldiers had been killed. Officials would not say how many troops remain in the province; the Taliban have put the number at about 2,000.", 2_000d)]
    public void A_counter_estimate_of_anything_else_stays_a_deployment(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Deployment);

    // Arrivals and turnovers told by the subject's verb after a troop figure, and what a plan provides for; after protesters
    // or a firm's staff they count nothing.
    [Theory]
    [InlineData("The US has about 10,000 troops in Poland. About 1,000 rotate in and out every nine months.", new double[] { 10_000, 1_000 })]
    [InlineData("The US has about 10,000 troops in Poland. About 200 entered the country in the first week.", new double[] { 10_000, 200 })]
    [InlineData("Pyongyang sent about 11,000 soldiers to Russia. The first 2,000 reached the front in November.", new double[] { 11_000, 2_000 })]
    [InlineData("The US has about 10,000 troops in Poland. The plan calls for about 2,000 to stay in the country.", new double[] { 10_000, 2_000 })]
    [InlineData("Police detained 150 protesters on Friday. Another 400 reached the square later.", new double[0])]
    [InlineData("The firm employs about 13,000 people. Its plan calls for about 6,000 to stay on the payroll.", new double[0])]
    public void Counts_the_troops_an_arrival_or_a_plan_names_with_the_noun_left_out(string passage, double[] values) =>
        Assert.Equal(values, Values(passage));
}
