namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A clause that opens the sentence with "While", "Whereas" or "Although" and has a voice of its own sets that voice's figure against
/// the main clause's ("Whereas Kyiv says about 7,500 Russian soldiers have been killed, NATO estimates the toll at 4,000"): the
/// opening clause's figure is its own voice's, not the voice of the main clause after the comma, which keeps its own figure. The
/// sentences are ours, in the shape of competing estimates in wire and regional copy.
/// </summary>
public class ContrastOpeningVoicesTests
{
    [Theory]
    [InlineData("While the Pentagon maintains that 900 troops serve in Syria, the State Department says the number is about 2,000.", 900, "Pentagon")]
    [InlineData("Whereas Kyiv says about 7,500 Russian soldiers have been killed, NATO estimates the toll at 4,000.", 7500, "Ukraine")]
    [InlineData("While Seoul estimates that 11,000 North Korean troops have been sent, Zelensky says the figure is closer to 12,000.", 11000, "South Korea")]
    [InlineData("While Seoul's spy agency says about 300 North Korean soldiers have died, Ukrainian officials put the toll at 1,000.", 300, "National Intelligence Service")]
    public void The_opening_clause_figure_is_its_own_voices(string text, double value, string origin)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Empty(count.Via);
    }

    [Theory]
    // Near misses: the main clause's figure keeps the main clause's voice.
    [InlineData("While the Pentagon maintains that 900 troops serve in Syria, the State Department says the number is about 2,000.", 2000, "U.S. State Department")]
    [InlineData("Whereas Kyiv says about 7,500 Russian soldiers have been killed, NATO estimates the toll at 4,000.", 4000, "NATO")]
    public void The_main_clause_keeps_its_voice(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
