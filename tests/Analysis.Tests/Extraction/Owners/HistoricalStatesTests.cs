namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: states of the time in reporting on past wars ("Soviet troops" are the Soviet Union's, not Russia's),
/// while a capital alone stays today's state. Each table holds both ways.
/// </summary>
public class HistoricalStatesTests
{
    [Theory]
    // The Soviet Union's demonym and names own the troops they are bound to or that it sends.
    [InlineData("Untitled\n\nAbout 15,000 Soviet soldiers died in the nine-year war.", 15000, "Soviet Union")]
    [InlineData("Untitled\n\nThe USSR kept some 115,000 troops in Afghanistan until 1988.", 115000, "Soviet Union")]
    [InlineData("Untitled\n\nThe Soviets had about 100,000 soldiers in the country.", 100000, "Soviet Union")]
    // Near misses: today's demonym and a capital alone are Russia's.
    [InlineData("Untitled\n\nAbout 15,000 Russian soldiers died in the war.", 15000, "Russia")]
    [InlineData("Untitled\n\nMoscow kept some 4,000 troops in Syria last year.", 4000, "Russia")]
    public void A_state_of_the_time_owns_its_troops(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // What a war took ("cost the lives of"), and the dead an estimate's "at" counts whatever cue stands nearer the figure.
    [InlineData("Untitled\n\nThe war cost the lives of about 15,000 soldiers.", 15000)]
    [InlineData("Untitled\n\nThe fighting claimed the lives of 40 Indian soldiers.", 40)]
    [InlineData("Untitled\n\nThe Post put the number of soldiers killed during the withdrawal at 523.", 523)]
    public void What_a_war_took_is_casualties(string text, double value) => Assert.Equal(TroopKind.Casualties, Of(text, value).Kind);

    [Theory]
    // Near misses: lives protected, and an estimate of troops sent, stay a deployment.
    [InlineData("Untitled\n\nAbout 600 soldiers were sent to protect the lives of civilians.", 600)]
    [InlineData("Untitled\n\nThe Post put the number of soldiers sent during the withdrawal at 523.", 523)]
    public void Lives_or_troops_an_estimate_names_are_no_casualties(string text, double value) => Assert.Equal(TroopKind.Deployment, Of(text, value).Kind);

    [Theory]
    // A figure linked right after it to a larger number ("were among the 11,000", "are part of a 2,500-strong force") is a part.
    [InlineData("Untitled\n\nAbout 5,000 Australian peacekeepers were among the 11,000 UN troops in the country.", 5000, TroopKind.Subset)]
    [InlineData("Untitled\n\nThe 700 soldiers are part of a 2,500-strong force.", 700, TroopKind.Subset)]
    // Near misses: a rank among others, and a link to no number, stay a deployment.
    [InlineData("Untitled\n\nAbout 500 soldiers were among the first to arrive.", 500, TroopKind.Deployment)]
    [InlineData("Untitled\n\nAbout 500 soldiers are part of the rapid reaction force.", 500, TroopKind.Deployment)]
    public void A_figure_among_a_larger_number_is_a_part(string text, double value, TroopKind kind) => Assert.Equal(kind, Of(text, value).Kind);
}
