namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice's "own sources" ("…, the agency said, citing its own sources"; "The agency said the figures came from its own
/// sources") are its own informants, as "its sources" are: no voice named "sources", and the figure stays the possessor's.
/// Sources named by their trade or standing alone are still a voice of their own. The sentences are ours.
/// </summary>
public class OwnSourcesTests
{
    [Theory]
    [InlineData("About 2,000 North Korean soldiers have been killed, South Korea's spy agency said, citing its own sources.", 2000, "National Intelligence Service")]
    [InlineData("South Korea's spy agency briefed lawmakers on Tuesday. About 1,100 North Korean soldiers have been killed. The agency said the figures came from its own sources.", 1100, "National Intelligence Service")]
    [InlineData("Ukrainian officials put the number of North Korean soldiers in Russia at 12,000, citing their own sources.", 12000, "Ukrainian officials")]
    [InlineData("About 2,000 North Korean soldiers have been killed, Yonhap reported, citing its own sources.", 2000, "Yonhap")]
    // Near misses: the possessive alone, sources standing alone, a count the voice owns.
    [InlineData("About 2,000 North Korean soldiers have been killed, South Korea's spy agency said, citing its sources.", 2000, "National Intelligence Service")]
    [InlineData("About 1,100 North Korean soldiers have been killed, sources said.", 1100, "sources")]
    [InlineData("Russia has used its own forces and about 11,000 North Korean soldiers to retake the region.", 11000, null)]
    public void Own_sources_leave_the_figure_to_their_owner(string text, double value, string? origin) => Assert.Equal(origin, Origin(text, value));

    [Fact]
    public void Own_sources_are_no_source_of_their_own()
        => Assert.DoesNotContain("sources", Sources("About 2,000 North Korean soldiers have been killed, South Korea's spy agency said, citing its own sources."));
}
