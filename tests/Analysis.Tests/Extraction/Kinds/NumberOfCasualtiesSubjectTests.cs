namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count whose subject is "the number of" casualties ("The overall number of dead, wounded and missing Eritrean army soldiers
/// was about 9,000") counts casualties, though an army word naming the soldiers stands nearer the figure than the casualty
/// words do. "The number of" soldiers with no casualty word after it is not a toll. The sentences are ours.
/// </summary>
public class NumberOfCasualtiesSubjectTests
{
    [Theory]
    [InlineData("The overall number of dead, wounded and missing Eritrean army soldiers was about 9,000.", 9000, TroopKind.Casualties)]
    [InlineData("The tally of killed and injured navy personnel stood at 350, the ministry said.", 350, TroopKind.Casualties)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    // Near miss: no casualty word right after the lead.
    [InlineData("The number of Eritrean army soldiers near the border was about 9,000.", 9000)]
    public void Not_casualties(string text, double value) =>
        Assert.NotEqual(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
