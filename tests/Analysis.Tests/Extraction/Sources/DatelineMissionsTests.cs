namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A foreign country's embassy named without its place ("the U.S. Embassy said") in a story filed from a city of another
/// country ("TEGUCIGALPA, Honduras (AP) -") is its mission in that city ("U.S. Embassy in Tegucigalpa"), as the DevSet header
/// names it and as a mission whose place the text writes is named. So a state body's name several states bear ("the Ministry
/// of National Defense", which the gazetteer gives Seoul) is, in a story filed from another country, that country's. Near
/// misses: no dateline, a dateline in the body's own country, a mission whose place the text gives. The sentences are ours.
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

    [Theory]
    [InlineData("TAIPEI (Reuters) - About 53,600 conscripts will serve a full year by 2029, the Ministry of National Defense said.", "Taiwanese Defense Ministry")]
    [InlineData("WARSAW (PAP) - About 5,000 more soldiers will be sent to the border, the Ministry of National Defence said.", "Polish Defense Ministry")]
    // Near misses: the body's own country's dateline, and none.
    [InlineData("SEOUL (Yonhap) - About 1,500 North Korean troops moved to Vladivostok, the Ministry of National Defense said.", "South Korean Defense Ministry")]
    [InlineData("The Ministry of National Defense said some 1,500 North Korean troops had moved to Vladivostok.", "South Korean Defense Ministry")]
    public void A_shared_body_name_is_the_dateline_s_country_s(string text, string source) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == source);
}
