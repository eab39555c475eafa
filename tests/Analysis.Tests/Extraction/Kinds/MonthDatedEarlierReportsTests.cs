namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count a voice gave in a month the piece names ("In March, the agency said about 800 soldiers had died", "said in March that
/// ..."), told after the same voice's newer count of the same troops, is the count that one replaced (earlier), also when the
/// reported clause opens with the count itself, no "that" before it. A count told after the dated report stays as it is: it
/// may be a detail of that report. Real reporting of Seoul's casualty updates on North Korean troops wrote it. The sentences
/// are ours.
/// </summary>
public class MonthDatedEarlierReportsTests
{
    private const string Newer = "The agency told lawmakers on Tuesday that some 5,200 Eritrean soldiers had been killed or wounded. ";

    [Theory]
    [InlineData(Newer + "In March, the agency said about 800 Eritrean soldiers had died and another 1,900 had been wounded.", 800)]
    [InlineData(Newer + "In March, the agency said about 800 Eritrean soldiers had died and another 1,900 had been wounded.", 1900)]
    [InlineData(Newer + "The agency said in March that about 800 Eritrean soldiers had died.", 800)]
    // Near misses: the newer count stays current; a count told after a month-dated report is not replaced by it.
    [InlineData(Newer + "The agency said in March that about 800 Eritrean soldiers had died.", 5200, EstimateStatus.Current)]
    [InlineData("The agency told lawmakers in May that some 5,200 Eritrean soldiers had been killed or wounded. Between March and May, about 1,900 wounded Eritrean soldiers were flown home, the agency said.", 5200, EstimateStatus.Current)]
    public void A_month_dated_report_before_a_newer_count_is_earlier(string text, double value, EstimateStatus status = EstimateStatus.Earlier) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}
