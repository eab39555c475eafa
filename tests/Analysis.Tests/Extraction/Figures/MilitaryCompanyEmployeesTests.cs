namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A private military company's staff counted as its "employees" ("about 300 Wagner employees flew home", "more than 500 Wagner
/// Group employees") are its fighters: troop_nouns holds the company's name with the noun, so that plain "employees" stay
/// civilians (non_troop_nouns). Wagner counts as Russia.
/// </summary>
public class MilitaryCompanyEmployeesTests
{
    [Theory]
    [InlineData("Officials in the capital said about 300 Wagner employees flew out on Monday.", 300d)]
    [InlineData("Between 700 and 800 Wagner Group employees are still based near the mines, a diplomat said.", 700d)]
    [InlineData("A local paper reported that 250 PMC employees had boarded two cargo planes.", 250d)]
    [InlineData("Some 450 Wagner PMC employees were moved to the northern garrison last week.", 450d)]
    public void Counts_the_company_staff_as_troops(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.Low) == value && c.Kind == TroopKind.Deployment);

    [Fact]
    public void The_company_staff_are_Russia_s() =>
        Assert.Contains(Counts("Officials in the capital said about 300 Wagner employees flew out on Monday."),
            c => c.Value == 300 && c.Subject == "Russia");

    // Near misses: employees of anyone else stay uncounted.
    [Theory]
    [InlineData("The mining firm said 300 employees were flown out of the region on Monday.")]
    [InlineData("About 300 embassy employees left the capital after the coup.")]
    public void Does_not_count_other_employees(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == 300);
}
