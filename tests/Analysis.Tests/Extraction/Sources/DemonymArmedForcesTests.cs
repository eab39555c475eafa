namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's whole armed forces by a generic name after its demonym ("the Cuban Armed Forces said in a statement") are its
/// military, named as the same words in lower case are ("Cuban military"), so that one body has one name whatever the case the
/// copy gives it. Near misses: a name of its own the gazetteer knows ("Turkish Armed Forces", "Royal Cambodian Armed Forces") and
/// a name a country's name opens ("Ghana Armed Forces") stay as they are.
/// </summary>
public class DemonymArmedForcesTests
{
    [Theory]
    [InlineData("HAVANA (AP) - About 3,000 Cuban troops will start leaving Ethiopia on Saturday, the Cuban Armed Forces said in a statement.", "Cuban military")]
    [InlineData("About 2,000 troops will leave on Saturday, the Cuban armed forces said.", "Cuban military")]
    [InlineData("About 2,000 troops will leave on Saturday, the Ukrainian Armed Forces said.", "Ukrainian military")]
    public void The_demonyms_armed_forces_are_its_military(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    [InlineData("About 2,000 troops will leave on Saturday, the Turkish Armed Forces said.", "Turkish Armed Forces")]
    [InlineData("About 2,000 troops will leave on Saturday, the Royal Cambodian Armed Forces said.", "Royal Cambodian Armed Forces")]
    [InlineData("About 2,000 troops will leave on Saturday, the Ghana Armed Forces said.", "Ghana Armed Forces")]
    public void A_name_of_its_own_stays(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);
}
