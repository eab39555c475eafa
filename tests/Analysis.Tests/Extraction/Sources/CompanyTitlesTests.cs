namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A private military company's or an armed group's head named by a company title before the name ("Wagner founder Yevgeny
/// Prigozhin", "Silvercorp CEO Jordan Goudreau", "Sandline chief executive Tim Spicer") in a sentence that cites no one: the
/// name is a person's, so the surname alone in a later sentence ("Prigozhin said") cites the same person. The title alone, with
/// no name after it, names no one.
/// </summary>
public class CompanyTitlesTests
{
    [Theory]
    [InlineData("Wagner founder Yevgeny Prigozhin appeared in a video on Monday. About 20,000 of his fighters died in Bakhmut, Prigozhin said.", "Yevgeny Prigozhin")]
    [InlineData("Silvercorp CEO Jordan Goudreau posted a video from Florida. About 60 men took part in the landing, Goudreau said.", "Jordan Goudreau")]
    [InlineData("Sandline chief executive Tim Spicer flew to Port Moresby on Monday. Some 70 hired fighters were to train the army, Spicer told reporters.", "Tim Spicer")]
    [InlineData("Executive Outcomes co-founder Eeben Barlow was in Freetown last week. About 200 of the firm's men were in the country, Barlow said.", "Eeben Barlow")]
    [InlineData("The company's owner, Viktor Petrov, was arrested in March. Roughly 150 guards worked at the mine, Petrov told the court.", "Viktor Petrov")]
    public void Surname_after_company_title(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A title with no name after it is no person.
    [InlineData("The company's founder left the firm in 2019. About 300 guards work for it, the owner said.", "founder")]
    [InlineData("About 400 fighters joined the group last year, according to its founder.", "founder")]
    // A surname alone with no titled name before it stays unread as a person of the story.
    [InlineData("About 200 guards left the mine last month, Petrov said.", "Viktor Petrov")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
