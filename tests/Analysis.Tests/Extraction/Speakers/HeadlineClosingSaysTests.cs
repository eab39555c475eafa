namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline that ends ", says <name>" ("Serbia moves 1,500 troops to the border, says Croatia") names its speaker after the
/// verb: the country that acts before the comma does not speak. A clause after ", says" ("…, says 400 more will follow") is still
/// what the actor said. The sentences are ours.
/// </summary>
public class HeadlineClosingSaysTests
{
    [Theory]
    [InlineData("Serbia moves 1,500 troops to the border, says Croatia\n\nThe troops arrived on Monday.", "Croatia")]
    [InlineData("Serbia moves 1,500 troops to the border, says Pentagon\n\nThe troops arrived on Monday.", "Pentagon")]
    // Near miss: what follows ", says" is a clause, and the actor before the comma speaks.
    [InlineData("Kosovo welcomes 1,500 NATO troops, says more will be needed\n\nThe troops arrived on Monday.", "Kosovo")]
    public void The_speaker_is_the_one_named(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts(document), c => c.Value == 1500).AttributedTo);
}
