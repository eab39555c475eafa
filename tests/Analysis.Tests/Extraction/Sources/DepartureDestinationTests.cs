namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country after a verb of leaving and "for" ("are leaving for Lebanon", "left for Mali") is where the troops go: it owns no
/// bare body that speaks in the sentence ("…, the Army said" is not the destination's army). "A spokesman for Ghana" still
/// names its owner. The sentences are ours.
/// </summary>
public class DepartureDestinationTests
{
    [Theory]
    [InlineData("About 850 soldiers are leaving for Lebanon to join the UN mission, the Army said today.", "Lebanese Army")]
    [InlineData("About 850 soldiers left for Mali on Sunday, the army said.", "Malian Army")]
    public void The_destination_owns_no_voice(string text, string wrong) =>
        Assert.NotEqual(wrong, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: a country the army is named with.
    [InlineData("About 850 Ghanaian soldiers are leaving for Lebanon, the Ghanaian army said.", "Ghanaian Army")]
    public void The_named_owner_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
