namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes of a source no list knows. A paper named by one capitalised word closing the sentence after a comma with a
/// report verb ("…, Alwasat reported.", "…, Lemonde wrote.": closing_report_verbs) is an outlet that speaks; a person the
/// document named before stays that person, and a weekday stays no one. And an unknown acronym's spokesperson speaks for the
/// body ("a CODECO spokeswoman said", "an MPCR spokesman told reporters"), as a known one's does; where the spokesperson is
/// named, the person speaks. Before, neither shape gave a speaker. The sentences are ours.
/// </summary>
public class ClosingOutletsAndAcronymSpokespeopleTests
{
    [Theory]
    [InlineData("Libya moved 900 fighters toward Sirte, Alwasat reported.", 900, "Alwasat")]
    [InlineData("About 1,300 soldiers were flown to Bamako, Maliweb wrote.", 1300, "Maliweb")]
    [InlineData("About 1,000 rebels left Bunia, a CODECO spokeswoman said.", 1000, "CODECO")]
    [InlineData("An MPCR spokesman told reporters that 450 fighters had surrendered.", 450, "MPCR")]
    // Near misses: a person named before keeps the words; a weekday is no paper; a named spokesperson is the person.
    [InlineData("Defence Minister Hanena Ould Sidi toured the camp. About 1,000 troops left Nouakchott, Sidi reported.", 1000, "Hanena Ould Sidi")]
    [InlineData("About 1,000 troops left Nouakchott, Monday reported.", 1000, null)]
    [InlineData("About 1,000 rebels left Bunia, a CODECO spokesman, Jean Bosco Lomo, said.", 1000, "Jean Bosco Lomo")]
    public void The_word_or_the_acronym_speaks(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts("Test headline\n\n" + text), c => c.Value == value).AttributedTo);

    [Theory]
    [InlineData("Libya moved 900 fighters toward Sirte, Alwasat reported.", "Alwasat")]
    public void A_closing_word_is_an_outlet(string text, string source) =>
        Assert.Equal(Analysis.Extraction.SourceKind.Outlet, Assert.Single(Mentions(text), m => m.Source == source).Kind);
}
