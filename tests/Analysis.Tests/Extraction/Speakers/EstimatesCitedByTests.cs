namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose words a figure is: unnamed estimates or accounts cited with "by" ("By some estimates, …", "…, by most accounts",
/// "By Western estimates, …"), a wire and feature phrasing for numbers no one owns, speak as they do after "according to",
/// named as the DevSet header names them ("estimates", "accounts", "Western estimates"). Only where "by" opens the sentence or
/// follows a comma: "confirmed by reports" is a passive's agent. The sentences are ours, in real shapes.
/// </summary>
public class EstimatesCitedByTests
{
    [Theory]
    // "By" opening the sentence, a quantifier left out of the name, a modifier kept in it.
    [InlineData("War\n\nBy some estimates, about 6,000 soldiers have crossed the river since May.", 6000, "estimates")]
    [InlineData("War\n\nBy most accounts, roughly 1,200 troops held the pass when the attack began.", 1200, "accounts")]
    [InlineData("War\n\nBy Western estimates, the rebels have lost some 3,500 fighters this year.", 3500, "Western estimates")]
    [InlineData("War\n\nBy independent estimates, 900 soldiers remain at the airbase.", 900, "independent estimates")]
    // "by" after a comma, closing the sentence.
    [InlineData("War\n\nAbout 4,500 troops were massed near the border, by some estimates.", 4500, "estimates")]
    [InlineData("War\n\nThe garrison numbered 700 men, by unofficial estimates.", 700, "unofficial estimates")]
    // A semicolon or a dash opens a clause as a sentence does: a quantifier there counts the estimates too.
    [InlineData("War\n\nThe army's own history speaks of 9,000 troops; other estimates put the force at 9,800 soldiers.", 9800, "estimates")]
    [InlineData("War\n\nThe army's own history speaks of 9,000 troops — some accounts say 9,800 soldiers.", 9800, "accounts")]
    // A passive's agent is no citation: the same words after a verb leave the figure to no one.
    [InlineData("War\n\nThe arrival of 2,500 soldiers was confirmed by reports from the front.", 2500, null)]
    public void Estimates_cited_with_by_speak(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
