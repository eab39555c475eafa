namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body's statement named after the body speaks for it whether the copy quotes it with "said", "read", "reads" or "stated"
/// ("A Defense Ministry statement read: …", "…, the Joint Chiefs of Staff statement read."): the body is a source and the
/// statement's figure its own. Near misses: "read" after a body's official, staff or press kit names no statement. The sentences
/// are ours.
/// </summary>
public class BodyStatementsReadTests
{
    [Theory]
    [InlineData("A Joint Chiefs of Staff statement read: \"About 3,000 more troops were sent in January.\"", "Joint Chiefs of Staff")]
    [InlineData("\"About 3,000 more troops were sent in January,\" the Joint Chiefs of Staff statement read.", "Joint Chiefs of Staff")]
    [InlineData("\"About 3,000 troops will stay through the winter,\" a Pentagon statement reads.", "Pentagon")]
    [InlineData("A Kremlin statement stated that about 1,500 instructors would stay in the country.", "Kremlin")]
    public void The_body_is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    [InlineData("A Defense Ministry official read out the names of the 30 dead, as about 10,000 troops stayed in the country.", "Defense Ministry")]
    [InlineData("Pentagon staff read the list aloud as about 3,000 soldiers boarded the ships.", "Pentagon")]
    [InlineData("The Pentagon press kit read like a brochure, and about 3,000 soldiers were said to be ready.", "Pentagon")]
    public void Read_after_no_statement_cites_no_body(string text, string name) =>
        Assert.DoesNotContain(PageMentions("Troops abroad", text), m => m.Surface.Contains(name, StringComparison.Ordinal));
}
