namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A capitalised name that ends as a body's does ("Division", "Forces", "Guard") right before ", a senior … official said" is what
/// the figure counts, not a person the official's title describes: the unnamed official speaks. Near miss: a person's name there
/// keeps the title and speaks. The sentences are ours.
/// </summary>
public class BodiesBeforeAnOfficialTests
{
    [Theory]
    [InlineData("The 3,000 soldiers killed were members of the 101st Airborne Division, a senior U.S. military official said.", 3000, "U.S. military officials")]
    [InlineData("About 4,000 fighters were deployed with the Rapid Support Forces, a senior Sudanese military official said.", 4000, "Sudanese military officials")]
    [InlineData("The 2,500 soldiers belong to the National Guard, a senior U.S. official said.", 2500, "U.S. officials")]
    // Near miss: a person's name keeps the title after it.
    [InlineData("About 2,500 troops will go, Maria Lopez, a senior U.S. official, said.", 2500, "Maria Lopez")]
    public void The_official_speaks_not_the_body_before(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
