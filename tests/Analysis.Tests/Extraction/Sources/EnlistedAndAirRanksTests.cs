namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ranks no other title list held, before a name: enlisted ranks as embedded and prisoner copy writes them ("Lance Corporal",
/// "Sgt. 1st Class", "Chief Petty Officer", "Rifleman") and the Commonwealth air and naval ranks of armed forces' spokespeople
/// ("Air Commodore", "Commodore"): the person by the name alone. "Private" alone opens company names too and stays out.
/// </summary>
public class EnlistedAndAirRanksTests
{
    [Theory]
    [InlineData("Air strikes killed at least 15 fighters near Birnin Gwari, Air Commodore Edward Gabkwet said in a statement.", "Edward Gabkwet")]
    [InlineData("About 200 Nigerian personnel arrived in Banjul on Thursday, the force commander, Air Commodore Musa Danjuma, told reporters.", "Musa Danjuma")]
    [InlineData("The jets struck a camp where about 300 fighters had gathered, Air Vice Marshall Edward Gabkwet said.", "Edward Gabkwet")]
    [InlineData("Some 30 Indian warships were deployed in the Arabian Sea, Commodore Raghav Menon told the briefing.", "Raghav Menon")]
    [InlineData("Only 12 of the 40 men in his platoon came back, said Lance Corporal Tom Hargreaves.", "Tom Hargreaves")]
    [InlineData("About 400 soldiers of the brigade will stay through the winter, Sgt. 1st Class Maria Ortega said.", "Maria Ortega")]
    [InlineData("Nearly 5,000 sailors are aboard the carrier, Chief Petty Officer Dana Kowalski said.", "Dana Kowalski")]
    [InlineData("About 20 men held the position for three days, Rifleman Sanjay Gurung told the BBC.", "Sanjay Gurung")]
    public void Person_without_the_rank(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Air strikes killed at least 15 fighters near Birnin Gwari, Air Commodore Edward Gabkwet said in a statement.", "Air Commodore Edward Gabkwet")]
    [InlineData("About 400 soldiers of the brigade will stay through the winter, Sgt. 1st Class Maria Ortega said.", "Class Maria Ortega")]
    [InlineData("Nearly 5,000 sailors are aboard the carrier, Chief Petty Officer Dana Kowalski said.", "Petty Officer Dana Kowalski")]
    // A company's name that opens with "Private" is no rank and a person.
    [InlineData("About 1,500 fighters serve abroad, the Wagner Private Military Company said.", "Military Company")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
