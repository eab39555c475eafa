namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count a voice gave at a past time ("As recently as last month the ministry said there were about 500", "for years it had said
/// that there were about 900"), beside a newer count of the same troops by the same voice, is the count the newer one replaced:
/// earlier (the Pentagon's Syria revisions of 2017 and 2024). Near misses: alone, or beside another voice's count, it stays
/// current. The sentences are ours.
/// </summary>
public class PastTimedReportsTests
{
    private const string Now = "Syria\n\nThe Pentagon said on Thursday that 1,800 U.S. troops are in Iraq. ";

    [Theory]
    [InlineData(Now + "As recently as last month the Pentagon said there were about 600 U.S. troops in Iraq.", 600, EstimateStatus.Earlier)]
    [InlineData(Now + "For years the Pentagon had said that there were about 700 U.S. troops in Iraq.", 700, EstimateStatus.Earlier)]
    [InlineData(Now + "As recently as last month the Pentagon said there were about 600 U.S. troops in Iraq.", 1800, EstimateStatus.Current)]
    // Near misses: alone, and beside another voice's count.
    [InlineData("Syria\n\nAs recently as last month the Pentagon said there were about 600 U.S. troops in Iraq.", 600, EstimateStatus.Current)]
    [InlineData("Syria\n\nThe Iraqi government says 1,800 U.S. troops are in Iraq. As recently as last month the Pentagon said there were about 600 U.S. troops in Iraq.", 600, EstimateStatus.Current)]
    public void Status_of_the_figure(string document, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(document, value).Status);
}
