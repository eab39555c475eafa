namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A statement owned by a description ("The ministry's statement said", "the army's report put …") is the statement of the body
/// the description stands for, which speaks: before, the figure went to a source named "ministry's statement". Where the
/// description stands for no one named before, the statement is named as the text names it, as it was ("according to the
/// mission's plan"). The sentences are ours.
/// </summary>
public class DescribedBodyStatementsTests
{
    [Theory]
    [InlineData("The Zambian Defence Ministry confirmed the rotation. The ministry's statement said 350 soldiers would leave in May.", "Zambian Defense Ministry")]
    [InlineData("The Paraguayan army confirmed the rotation. The army's report said 350 soldiers would leave in May.", "Paraguayan Army")]
    // Near miss: a description that stands for no one leaves the statement named as written.
    [InlineData("The rotation went ahead. According to the mission's plan, 350 soldiers would leave in May.", "mission's plan")]
    public void The_statement_speaks_for_the_described_body(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
