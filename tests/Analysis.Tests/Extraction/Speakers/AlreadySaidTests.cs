namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What a body said before the news, with "already", "since" or "just" between it and its verb ("the Ministry of Defence has
/// already announced plans to mobilise …", "Warsaw has since said …"), is still that body speaking, as "has also said" is.
/// The sentences are ours.
/// </summary>
public class AlreadySaidTests
{
    [Theory]
    [InlineData("The Ministry of Defence has already announced plans to mobilise 2,300 reservists.", "British Defense Ministry")]
    [InlineData("The Ministry of Defence already said it would mobilise 2,300 reservists.", "British Defense Ministry")]
    [InlineData("The Ministry of Defence has just announced that 2,300 reservists will be mobilised.", "British Defense Ministry")]
    // Near miss: an adverb the list already held.
    [InlineData("The Ministry of Defence has also announced plans to mobilise 2,300 reservists.", "British Defense Ministry")]
    public void The_body_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
