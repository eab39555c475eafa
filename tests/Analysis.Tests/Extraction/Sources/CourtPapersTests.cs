namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Papers filed in court cite whoever filed or swore them: "according to a declaration by X", "according to a court filing
/// by the Justice Department", "according to an affidavit from X" (according_fillers), as "according to a letter from X" does.
/// </summary>
public class CourtPapersTests
{
    [Theory]
    [InlineData("The Pentagon planned to keep 3,000 Guard troops in the city, according to a declaration by Maria Soto.", "Maria Soto")]
    [InlineData("About 700 Marines were sent to the city, according to a court filing by the Justice Department.", "Justice Department")]
    [InlineData("Only 300 of the 4,000 Guard members were on duty, according to a sworn affidavit from Colonel Dan Reyes.", "Dan Reyes")]
    public void A_court_paper_cites_who_filed_it(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A paper named without "according to" cites no one.
    [InlineData("The declaration by Maria Soto came as 4,000 Guard troops arrived in the city.")]
    public void A_court_paper_mentioned_is_no_citation(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Maria Soto");
}
