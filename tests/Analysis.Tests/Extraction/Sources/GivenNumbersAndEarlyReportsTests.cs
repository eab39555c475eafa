namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Who gave a number out ("the ministry gave a death toll of 300", "historians give a figure of 300", "other accounts give the
/// number as 22,000"), and reports named by when they came ("early reports", "preliminary reports", as "initial reports" are).
/// Rows where "give" hands something over or "early" tells a time stay unattributed. The sentences are ours, in shapes real
/// reporting uses.
/// </summary>
public class GivenNumbersAndEarlyReportsTests
{
    [Theory]
    // The giver of a number, a figure or a death toll speaks for it.
    [InlineData("The Russian defence ministry gave a death toll of 300 soldiers.", 300, "Russian Defense Ministry")]
    [InlineData("Historians give a figure of 300 dead soldiers.", 300, "historians")]
    [InlineData("Other accounts give the number as almost 22,000 soldiers.", 22000, "accounts")]
    // Reports named by when they came, as the text names them.
    [InlineData("According to early reports, about 200 soldiers landed.", 200, "early reports")]
    [InlineData("Preliminary reports said about 40 soldiers had been killed.", 40, "preliminary reports")]
    // Not: a number of things handed over, or "early" telling a time.
    [InlineData("Kenya will give a number of police officers, about 1,000, to the mission.", 1000, null)]
    [InlineData("Early in the war, about 200 soldiers landed at the port.", 200, null)]
    public void Given_numbers_and_early_reports_are_cited(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}
