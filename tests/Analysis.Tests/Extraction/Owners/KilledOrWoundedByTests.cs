namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Those a side "has killed or wounded" or "had wounded" are the other side's losses, not its own, as those it "has killed"
/// already are. A bare "and wounded" after a figure with its owner counts that owner's wounded too. The sentences are ours.
/// </summary>
public class KilledOrWoundedByTests
{
    [Theory]
    [InlineData("The Estonian army has killed or wounded 240 soldiers this month.", 240, "")]
    [InlineData("Latvia's defence ministry said its forces had wounded 90 soldiers.", 90, "")]
    // Near miss: the wounded joined to a count with its owner are that owner's.
    [InlineData("Estonian troops killed 60 Russian soldiers and wounded 45.", 45, "Russia")]
    public void The_harmed_are_not_the_harmers_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject ?? "");
}
