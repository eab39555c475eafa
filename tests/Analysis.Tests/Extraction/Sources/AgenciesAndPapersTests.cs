namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bodies and outlets as speakers: agencies named with their agency noun but not the full name
/// ("the Fars agency", "the SPA state news agency"), and papers named as the credit writes them ("The Daily Telegraph",
/// "the daily Tagesspiegel"). Rows where each rule applies and near misses where the same words name no speaker. The
/// sentences are ours.
/// </summary>
public class AgenciesAndPapersTests
{
    [Theory]
    [InlineData("About 5,000 troops were sent to the border, the Fars agency reported.", 5000, "Fars News Agency")]
    [InlineData("Tasnim reported that some 5,000 troops were sent to the border.", 5000, "Tasnim")]
    [InlineData("Some 5,000 troops were sent to the border, the Mehr news agency said.", 5000, "Mehr News Agency")]
    // Near misses: the province and the bare initials name no agency.
    [InlineData("About 5,000 troops were sent to Fars province on Monday.", 5000, null)]
    [InlineData("About 1,000 troops stayed at the SPA compound near the border.", 1000, null)]
    public void An_agency_named_with_its_agency_noun_speaks(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    [InlineData("The kingdom said 1,000 troops had crossed, in a statement carried by the SPA state news agency.", "Saudi Press Agency", true)]
    [InlineData("Germany will keep 1,000 troops there, the commander told the daily Tagesspiegel.", "Tagesspiegel", true)]
    // Near misses: the initials alone, and the paper's name as part of a street's.
    [InlineData("The kingdom said 1,000 troops had crossed, SPA reported.", "Saudi Press Agency", false)]
    [InlineData("About 1,000 troops marched down Tagesspiegelstrasse on Monday.", "Tagesspiegel", false)]
    public void An_outlet_is_a_source_by_its_agency_noun_or_credit(string text, string source, bool named) =>
        Assert.Equal(named, Mentions(text).Any(m => m.Source == source));

    [Theory]
    [InlineData("Some 3,000 troops will go, The Daily Telegraph reported.", 3000, "The Daily Telegraph")]
    // The paper's own brand is the same paper, as the DevSet header names it ("the Telegraph" "The Daily Telegraph"; OutletVariantsTests).
    [InlineData("Some 3,000 troops will go, The Telegraph reported.", 3000, "The Daily Telegraph")]
    [InlineData("Some 1,000 troops will leave Mali by May, the daily Tagesspiegel reported.", 1000, "Tagesspiegel")]
    [InlineData("Some 1,000 troops will leave Mali by May, Der Tagesspiegel reported.", 1000, "Tagesspiegel")]
    // Near miss: a paper's name inside another's is not the paper.
    [InlineData("Some 3,000 troops will go, the Telegraph Herald reported.", 3000, "The Telegraph Herald")]
    public void A_paper_is_named_as_its_credit_writes_it(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}
