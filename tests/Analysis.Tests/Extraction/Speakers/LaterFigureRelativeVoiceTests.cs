namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice in a relative clause on a later figure's noun phrase ("…, up from the 1,500 the agency reported last week, …") gives
/// that figure only: the figure before it keeps the sentence's teller. The agency, which lawmakers relay, was made the origin of
/// both. The sentences are ours, in the shape of wire copy after a spy agency's briefing.
/// </summary>
public class LaterFigureRelativeVoiceTests
{
    [Fact]
    public void The_earlier_figure_keeps_the_teller()
    {
        var counts = Counts("The National Intelligence Service said last week that the North had sent troops. Spy chief Han Do-yun told lawmakers that about 2,600 North Korean soldiers had reached Russia, up from the 1,200 the agency reported last week, according to lawmakers who attended.");
        var current = Assert.Single(counts, c => c.Value == 2600);
        Assert.Equal("Han Do-yun", current.AttributedTo);
        var earlier = Assert.Single(counts, c => c.Value == 1200);
        Assert.Equal("National Intelligence Service", earlier.AttributedTo);
    }
}
