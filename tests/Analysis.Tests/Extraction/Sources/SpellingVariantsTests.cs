namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated copy spells one person several ways: the gazetteer knows the spellings of the war's officials ("Sibiga" is
/// Andrii Sybiha, "Wladimir Zelensky" is Volodymyr Zelensky, "Alexander Syrsky" is Oleksandr Syrskyi, "Khrenin" is
/// Belarus's defence minister), one source each. The sentences are ours.
/// </summary>
public class SpellingVariantsTests
{
    [Theory]
    [InlineData("Foreign Minister Andriy Sibiga said some 3,000 more soldiers had arrived.", "Andrii Sybiha")]
    [InlineData("About 1,000 more troops were on their way, Sibiga told a briefing.", "Andrii Sybiha")]
    [InlineData("Defence Minister Viktor Hrenin said 20,000 troops stood near the border.", "Viktor Khrenin")]
    [InlineData("About 20,000 troops stood near the border, Khrenin told state television.", "Viktor Khrenin")]
    [InlineData("President Wladimir Zelensky said 5,000 soldiers had been moved.", "Volodymyr Zelensky")]
    [InlineData("General Alexander Syrsky said 40,000 enemy troops were massed near the town.", "Oleksandr Syrskyi")]
    public void A_known_person_in_another_spelling_is_one_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
