namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Northern Ireland and Belfast are the United Kingdom's: a dateline or a story placed there gives a bare "Ministry of Defence"
/// or "the MoD" to Britain ("British Defense Ministry"), not to Ireland, whose name the province's holds. Near miss: a Dublin
/// story's bare "Defence Forces" stay Ireland's. The sentences are ours.
/// </summary>
public class NorthernIrelandTests
{
    [Theory]
    [InlineData("LONDONDERRY, Northern Ireland, Aug. 14 (AP) - About 300 British soldiers moved into the city tonight. More troops were being flown in, the Ministry of Defence said in London.")]
    [InlineData("Official figures show the fall. In July 2007 the MoD recorded 4,480 regular troops in Northern Ireland.")]
    public void The_province_is_the_United_Kingdom_s(string text)
    {
        var names = Mentions(text).Select(m => m.Source).ToArray();
        Assert.Contains("British Defense Ministry", names);
        Assert.DoesNotContain("Irish Defense Ministry", names);
    }

    [Theory]
    // Near miss: Ireland's own forces in a Dublin story.
    [InlineData("DUBLIN (Reuters) - The Defence Forces said 130 soldiers would go to Lebanon.", "Irish Defence Forces")]
    public void Ireland_keeps_its_own(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
