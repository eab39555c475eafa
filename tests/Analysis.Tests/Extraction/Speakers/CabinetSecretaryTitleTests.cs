namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Chief Cabinet Secretary" (Japan's government spokesman) and "Cabinet Secretary" are titles: the person after them speaks,
/// named without the title. The sentences are ours.
/// </summary>
public class CabinetSecretaryTitleTests
{
    [Theory]
    [InlineData("Tokyo will send 450 troops to the region, Chief Cabinet Secretary Kenji Morita told reporters.", "Kenji Morita")]
    [InlineData("Cabinet Secretary Kenji Morita said 450 troops would leave next week.", "Kenji Morita")]
    // Near miss: a title the list already held.
    [InlineData("Defense Minister Kenji Morita said 450 troops would leave next week.", "Kenji Morita")]
    public void The_secretary_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
