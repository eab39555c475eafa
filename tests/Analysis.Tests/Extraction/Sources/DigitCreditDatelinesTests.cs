namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A dateline's credit may be an outlet's short name with digits among its capitals, as broadcasters and web outlets write
/// theirs ("Lagos, May 4 (TV7N) –", "Kisumu (K42) -"): the outlet is a source of the story, not of its figures, as a credit of
/// letters is. Near misses: a bracket of a date or a code ("(Sept 13)", "(COVID-19)") names no outlet. The sentences are ours.
/// </summary>
public class DigitCreditDatelinesTests
{
    [Theory]
    [InlineData("Lagos, May 4 (TV7N) – About 200 soldiers from Ghana arrived in the city on Friday.", "TV7N")]
    [InlineData("Kisumu (K42) - About 300 police officers left for the capital on Monday.", "K42")]
    [InlineData("Gitega, 12 March (R5 Info) – Some 150 soldiers returned from the border.", "R5 Info")]
    public void The_credited_outlet_is_a_source_of_the_story_not_of_its_figure(string text, string outlet)
    {
        Assert.Contains(Mentions(text), m => m.Source == outlet);
        var counts = Counts(text);
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Null(c.AttributedTo));
    }

    [Theory]
    // Near misses: a bracket of a date, a code with a hyphen, a number.
    [InlineData("Kisumu, Monday (Sept 13) – About 300 police officers left for the capital.", "Sept 13")]
    [InlineData("Kisumu, May 4 (COVID-19) – About 300 police officers left for the capital.", "COVID-19")]
    [InlineData("Kisumu, May 4 (300) – The police officers left for the capital.", "300")]
    public void A_bracket_of_a_date_or_code_is_no_credit(string text, string name) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == name);
}
