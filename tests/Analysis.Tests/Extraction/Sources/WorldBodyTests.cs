namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "the world body" is copy's other name for the United Nations ("…, the world body said", "officials of the world body
/// said"): it speaks as the UN does. The sentences are ours.
/// </summary>
public class WorldBodyTests
{
    [Theory]
    [InlineData("Some 850 blue helmets will reach the port next week, the world body said.", "United Nations")]
    [InlineData("Some 850 blue helmets will reach the port next week, officials of the world body said.", "United Nations officials")]
    [InlineData("Some 850 blue helmets will reach the port next week, a spokeswoman for the world body said.", "United Nations")]
    // Near miss: the body named by its own name.
    [InlineData("Some 850 blue helmets will reach the port next week, the UN said.", "United Nations")]
    public void The_world_body_is_the_UN(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
