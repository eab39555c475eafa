namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A closing "according to" whose source comes after the words of what it gave out ("according to the latest update from the
/// National Intelligence Service", "according to the latest estimate from the defence ministry") closes the whole sentence, the
/// clause of a gapped figure before it too ("At least 600 … had died …, and more than 4,100 wounded, according to …"), as a
/// bare "according to X" does; "update" is one of those words. A later clause whose own voice puts its own figure without
/// closing the sentence leaves the first figure the writer's. The sentences are ours, in the shape of Korea Herald copy.
/// </summary>
public class ClosingAccordingToUpdateTests
{
    [Theory]
    [InlineData("At least 400 Kenyan soldiers had died in the fighting, and more than 1,200 wounded, according to the latest update from the Kenya Defence Forces.", "Kenya Defence Forces")]
    [InlineData("At least 400 Kenyan soldiers had died in the fighting, and more than 1,200 wounded, according to the latest estimate from the defence ministry.", "Kenyan Defense Ministry")]
    [InlineData("At least 400 Kenyan soldiers had died in the fighting, according to the latest update from the Kenya Defence Forces.", "Kenya Defence Forces")]
    public void The_closing_source_says_the_first_figure(string text, string origin) =>
        Assert.Equal(origin, Counts(text).First(c => c.Value == 400).AttributedTo);

    [Fact]
    // Near miss: the later clause's own voice puts its own figure and closes nothing.
    public void A_later_clauses_own_voice_does_not() =>
        Assert.Null(Counts("At least 400 Kenyan soldiers had died in the fighting, and the Kenya Defence Forces put the wounded at more than 1,200.").First(c => c.Value == 400).AttributedTo);
}
