namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A monitor or a non-governmental body named before by its name and taken up, a paragraph later, by what it is ("the monitor
/// said", "the observatory stated", "the watchdog said", "the non-governmental organization said"), perhaps with where it is run
/// from ("the London-based monitor"), speaks again: the figure is its. With no such body named before, the description stands
/// for no one. The sentences are ours, in the shape of wire copy citing a war monitor.
/// </summary>
public class MonitorTakenUpTests
{
    private const string Monitor = "Syrian Observatory for Human Rights";

    [Theory]
    [InlineData("Fighters flown south\n\nThe Syrian Observatory for Human Rights said 150 fighters landed on Monday.\n\nThe monitor said about 700 fighters had landed since March.", 700, Monitor)]
    [InlineData("Fighters flown south\n\nThe Syrian Observatory for Human Rights said 150 fighters landed on Monday.\n\nThe observatory stated that about 700 fighters had landed since March.", 700, Monitor)]
    [InlineData("Fighters flown south\n\nThe Syrian Observatory for Human Rights said 150 fighters landed on Monday.\n\nThe Britain-based watchdog said about 700 fighters had landed since March.", 700, Monitor)]
    [InlineData("Fighters flown south\n\nThe Syrian Observatory for Human Rights said 150 fighters landed on Monday.\n\nIn a statement, the London-based non-governmental organization said about 700 fighters had landed since March.", 700, Monitor)]
    // Near miss: no monitor named before.
    [InlineData("Fighters flown south\n\nOfficials said 150 fighters landed on Monday.\n\nThe monitor said about 700 fighters had landed since March.", 700, null)]
    public void The_monitor_speaks_again(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
