namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Call-up figures with no troop noun of their own: people a call-up verb takes with a word of addition between ("proposed
/// mobilising 200,000-250,000 more people", "wants to call up 80,000 extra people"), and people a call-up verb in the present
/// takes ("the country mobilizes about 20,000 people a month"). Both are deployments.
/// </summary>
public class CallUpPeopleTests
{
    [Theory]
    [InlineData("Generals have proposed mobilising 200,000-250,000 more people into the army.", 250_000d)]
    [InlineData("The army wants to call up 80,000 extra people this year.", 80_000d)]
    [InlineData("The country mobilizes about 20,000 people a month, the minister said.", 20_000d)]
    public void Call_up_people_are_a_deployment(string passage, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(passage), c => (c.Value ?? c.High) == value).Kind);

    // Near misses: people a verb of harm or count takes, and people with "more" that no call-up takes.
    [Theory]
    [InlineData("The storm forced 20,000 more people from their homes.", 20_000d)]
    [InlineData("The city expects 80,000 extra people at the festival.", 80_000d)]
    public void Other_people_stay_apart(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
