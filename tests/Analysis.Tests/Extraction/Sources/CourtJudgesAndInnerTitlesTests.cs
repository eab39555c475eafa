namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A titled person whose title is capitalised and runs over a body's name ("Chief Pentagon Spokesman Jane Roe", "Chief Kremlin
/// Spokesman Ivan Petrov") or is a court's ("U.S. District Judge Jane Roe", "Judge Jane Roe"): the person is the name after the
/// last title of the run, not the run of capitals, so the surname alone later is the same person.
/// </summary>
public class CourtJudgesAndInnerTitlesTests
{
    [Theory]
    [InlineData("About 600 soldiers will go home this week, said Chief Pentagon Spokesman Mark Tolliver.", "Mark Tolliver")]
    [InlineData("Chief Kremlin Spokesman Ivan Petrov said some 1,000 troops had returned to their bases.", "Ivan Petrov")]
    [InlineData("U.S. District Judge Helen Marquez said the 250 Guard members could stay until Friday.", "Helen Marquez")]
    [InlineData("Federal Judge Anton Wexler found that the 1,400 troops had been sent without the governor's consent.", "Anton Wexler")]
    [InlineData("Chief Judge Ruth Okafor heard arguments on the deployment on Monday. About 300 soldiers remain at the base, Okafor wrote.", "Ruth Okafor")]
    // Near miss: a title word that ends the run is the name's own ("Major" is a rank), so the whole name stays.
    [InlineData("Prime Minister John Major said about 3,000 troops would stay in the Gulf.", "John Major")]
    public void The_person_after_the_title(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 600 soldiers will go home this week, said Chief Pentagon Spokesman Mark Tolliver.", "Pentagon Spokesman Mark Tolliver")]
    [InlineData("U.S. District Judge Helen Marquez said the 250 Guard members could stay until Friday.", "District Judge Helen Marquez")]
    // Near miss: a title read before the run keeps working.
    [InlineData("Kremlin Spokesman Ivan Petrov said some 1,000 troops had returned to their bases.", "Kremlin Spokesman Ivan Petrov")]
    public void Not_the_run_of_capitals(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
