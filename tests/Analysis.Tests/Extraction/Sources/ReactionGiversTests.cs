namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A reaction written as a noun or a passive cites its giver: "drew criticism from X", "a rebuke by X", "X's objections",
/// "was welcomed by X", "a plan quickly condemned by X". The giver is a source of the story, not the voice of the figure the
/// reaction is about, which stays with whoever gave it. Sentences of our own.
/// </summary>
public class ReactionGiversTests
{
    [Theory]
    [InlineData("The Pentagon said 300 troops would be sent to the city, a plan that drew sharp criticism from Senator Ana Ruiz.", "Ana Ruiz")]
    [InlineData("The Pentagon said 300 troops would be sent to the city, a plan that drew a rebuke from the Kremlin.", "Kremlin")]
    [InlineData("The Pentagon said 300 troops would be sent to the city, a plan that drew objections by Mayor Tim Rowe.", "Tim Rowe")]
    [InlineData("The move brought assurances from NATO. Officials said 500 soldiers were already in place.", "NATO")]
    [InlineData("The move brought condemnation from Germany's defence ministry. Officials said 500 soldiers were in place.", "German Defense Ministry")]
    [InlineData("The Pentagon's announcement of 300 troops was welcomed by Mayor Tim Rowe.", "Tim Rowe")]
    [InlineData("The Pentagon's announcement of 300 troops was dismissed by the Kremlin.", "Kremlin")]
    [InlineData("About 400 soldiers will be deployed, NATO said on Monday, a decision hailed by Senator Ana Ruiz.", "Ana Ruiz")]
    [InlineData("The Pentagon said 300 troops would go, a plan quickly condemned by Mayor Tim Rowe.", "Tim Rowe")]
    [InlineData("The Pentagon said 300 troops would go, a plan welcomed on Tuesday by Senator Ana Ruiz.", "Ana Ruiz")]
    [InlineData("NATO's objections to the 300 troops were noted, the Pentagon said.", "NATO")]
    [InlineData("Following an appeal from Mayor Tim Rowe, the governor sent 200 troops.", "Tim Rowe")]
    [InlineData("The Pentagon is pulling all 2,000 troops out, sparking outrage from Senator Ana Ruiz.", "Ana Ruiz")]
    [InlineData("The Pentagon said 300 troops would stay, amid reassurance by President Ana Ruiz that funding continues.", "Ana Ruiz")]
    [InlineData("Backing for the 300-strong force was warmly welcomed by Pierre Dumas, head of the transitional council.", "Pierre Dumas")]
    // Every name of a list after the link.
    [InlineData("The Pentagon said 300 troops would go, a plan that drew criticism from the Kremlin, NATO and Germany.", "Germany")]
    [InlineData("The Pentagon said 300 troops would go, a plan that drew criticism from the Kremlin, NATO and Germany.", "NATO")]
    [InlineData("The Pentagon said 300 troops would go, a plan welcomed by the Kremlin, NATO and Senator Ana Ruiz.", "Ana Ruiz")]
    public void A_reaction_cites_its_giver(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: the giver of the reaction must not take the figure from its own voice.
    [InlineData("The Pentagon said 300 troops would be sent to the city, a plan that drew sharp criticism from Senator Ana Ruiz.", "Pentagon")]
    [InlineData("The Pentagon's announcement of 300 troops was welcomed by Mayor Tim Rowe.", "Pentagon")]
    [InlineData("About 400 soldiers will be deployed, NATO said on Monday, a decision rejected by the Kremlin.", "NATO")]
    public void The_figure_stays_with_its_own_voice(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: given things, not words; the target of a reaction; support and interrogation; a reaction the text says was
    // not given; a body's force named after a reaction noun.
    [InlineData("The mission of 800 soldiers received support from the Pentagon last week.", "Pentagon")]
    [InlineData("The mission of 800 soldiers received a delegation from NATO last week.", "NATO")]
    [InlineData("Lawmakers voiced criticism of Mayor Tim Rowe after 900 troops were sent.", "Tim Rowe")]
    [InlineData("Lawmakers voiced praise for Senator Ana Ruiz after 900 troops were sent.", "Ana Ruiz")]
    [InlineData("Some 2,000 rebels backed by the Kremlin crossed the border.", "Kremlin")]
    [InlineData("Two soldiers of the 300 captured are being questioned by the Pentagon.", "Pentagon")]
    [InlineData("There was no immediate reaction from the Kremlin to the arrival of 300 troops.", "Kremlin")]
    [InlineData("NATO's rapid reaction force of 5,000 troops was put on alert.", "NATO")]
    [InlineData("The 300 troops stayed despite protests from residents and the Kremlin.", "Kremlin")]
    public void A_noun_or_passive_that_is_no_reaction_cites_no_one(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
