namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The credits of Cold War wire copy: Reuters signed "(Reuter)" until the 1980s and United Press "(UP)" until 1958, and New
/// Zealand papers credit "NZPA" before the dateline's place. In a credit they are the agencies by their names (Reuters, United
/// Press, New Zealand Press Association), not an unknown outlet "Reuter" or "UP". Near misses: "UP" and "Reuter" outside a
/// credit are Uttar Pradesh and a surname, and stay unread. The sentences are ours.
/// </summary>
public class HistoricalWireCreditsTests
{
    [Theory]
    [InlineData("DAR ES SALAAM (Reuter) - About 8,000 Tanzanian troops crossed the Kagera river, officials said.", "Reuters")]
    [InlineData("TOKYO, Aug. 2 (UP) - The Army flew 1,500 more soldiers to Pusan, officials said.", "United Press")]
    [InlineData("NZPA Singapore - Some 600 Gurkha troops were sent to the border, officials said.", "New Zealand Press Association")]
    public void A_historical_credit_is_its_agency(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: not in a credit.
    [InlineData("Police in UP sent 300 officers to the district, officials said.", "United Press")]
    [InlineData("Colonel Hans Reuter said 300 soldiers had been sent north.", "Reuters")]
    public void Outside_a_credit_the_short_names_are_not_the_agencies(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
