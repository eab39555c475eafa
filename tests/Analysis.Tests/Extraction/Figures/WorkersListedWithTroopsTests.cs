namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Workers counted in one list with troops are troops of the same dispatch ("the contingent will include 4,000 construction
/// workers and 800 sappers"; the header's military builders): a noun that counts troops only in context whose head is a
/// civilian's word stands where "and", a comma, "as well as", "along with" or "plus" ties it to a troop count in a sentence
/// that sends them (TroopCountFinder.ListedWorkers). Workers sent on their own, beside other civilians, or harmed or housed
/// beside troops stay civilians.
/// </summary>
public class WorkersListedWithTroopsTests
{
    [Theory]
    [InlineData("Pyongyang will send 7,000 military builders and deminers. The contingent will include 4,000 construction workers and 800 sappers, the official said.", 4000d)]
    [InlineData("The minister said the army would send 800 combat engineers as well as 3,500 construction workers to the region.", 3500d)]
    [InlineData("Kim agreed to dispatch 2,500 construction workers and 900 military engineers to the border region.", 2500d)]
    public void Counts_workers_listed_with_troops(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Fact]
    public void Parts_of_a_planned_dispatch_are_planned_subsets() =>
        Assert.Contains(Counts("Pyongyang will send 7,000 military builders and deminers. The contingent will include 4,000 construction workers and 800 sappers, the official said."),
            c => c.Value == 4000 && c.Kind == TroopKind.Subset && c.Status == EstimateStatus.Planned);

    // Near misses: workers sent alone, listed with other civilians, in a list nobody sends, or killed or housed beside troops
    // are no troops.
    [Theory]
    [InlineData("Pyongyang has sent 4,000 construction workers to the Far East, officials said.")]
    [InlineData("The firm hired 4,000 construction workers and 300 students for the summer.")]
    [InlineData("Some 4,000 construction workers and 800 engineers rebuilt the bridge.")]
    [InlineData("A roadside bomb killed 4,000 construction workers and three soldiers, the governor said.")]
    [InlineData("Gunmen attacked a camp housing 4,000 construction workers and 40 police officers.")]
    public void Does_not_count_workers_outside_a_dispatch_of_troops(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == 4000);
}
