namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A broadcaster named by its name ("Television Maldives reported", "Radio Kabul announced") and taken up later by what it
/// broadcast or by its medium ("The broadcast said seven …", "…, the radio said") speaks again, past a sentence of another voice
/// in between; the figure is not that other voice's. With no broadcaster named before, "the radio" stands for no one. The
/// sentences are ours, in the shape of monitored broadcasts in Cold War and African wire copy.
/// </summary>
public class BroadcastTakenUpTests
{
    [Theory]
    [InlineData("The freighter left the harbour at dawn, Television Maldives reported. Diplomats in Colombo said they believed the gunmen had escaped. The broadcast said seven Maldivian security personnel were killed.", "Television Maldives")]
    [InlineData("The rebels were driven from the pass, Radio Kabul announced. Diplomats in Islamabad said the fighting had stopped. Seven Afghan soldiers were killed, the radio said.", "Radio Kabul")]
    public void The_broadcaster_speaks_again(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: no broadcaster named before.
    [InlineData("The president spoke on the radio on Sunday. Seven Afghan soldiers were killed, the radio said.")]
    public void No_broadcaster_no_voice(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
