namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A foreign country's embassy named without its place ("the U.S. Embassy said") in a story filed from a city of another
/// country ("TEGUCIGALPA, Honduras (AP) -") is its mission in that city ("U.S. Embassy in Tegucigalpa"), as the DevSet header
/// names it and as a mission whose place the text writes is named. Near misses: no dateline, a dateline in the embassy's own
/// country, a mission whose place the text gives. The sentences are ours.
/// </summary>
public class DatelineMissionsTests
{
    [Theory]
    [InlineData("TEGUCIGALPA, Honduras (AP) - The last 800 of the 3,200 American troops landed on Friday, the U.S. Embassy said.", "U.S. Embassy in Tegucigalpa")]
    [InlineData("BANGKOK (Reuters) - About 5,000 U.S. troops will arrive for the exercise, the American embassy said.", "U.S. Embassy in Bangkok")]
    public void The_mission_is_in_the_dateline_s_city(string text, string source) =>
        Assert.Contains(Counts(text), c => string.Equals(c.AttributedTo, source, StringComparison.OrdinalIgnoreCase));

    [Theory]
    // Near misses: no dateline, the embassy's own capital, a place the text writes.
    [InlineData("About 5,000 U.S. troops will arrive for the exercise, the American embassy said.", "U.S. embassy")]
    [InlineData("WASHINGTON (AP) - About 5,000 U.S. troops will arrive for the exercise, the U.S. Embassy said.", "U.S. embassy")]
    [InlineData("MOSCOW - About 40 Nepalis have been killed fighting for Russia, the Nepali embassy in Moscow said.", "Nepali Embassy in Moscow")]
    public void Other_missions_keep_their_names(string text, string source) =>
        Assert.Contains(Counts(text), c => string.Equals(c.AttributedTo, source, StringComparison.OrdinalIgnoreCase));
}
