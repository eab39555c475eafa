namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Call-up figures with no troop noun of their own: people a call-up verb takes with a word of addition between ("proposed
/// mobilising 200,000-250,000 more people", "wants to call up 80,000 extra people"), a present call-up verb ("the country
/// mobilizes about 20,000 people a month"), a bare number whose call-up verb comes after the writer's "eventually" or
/// "ultimately" ("Up to 700,000 could eventually be mobilised"), and people sent where the mobilised go ("About 40,000
/// people have been sent to combat areas"). All are deployments.
/// </summary>
public class CallUpPeopleAndWhereTheyGoTests
{
    [Theory]
    [InlineData("Generals have proposed mobilising 200,000-250,000 more people into the army.", 250_000d)]
    [InlineData("The army wants to call up 80,000 extra people this year.", 80_000d)]
    [InlineData("The country mobilizes about 20,000 people a month, the minister said.", 20_000d)]
    [InlineData("Up to 700,000 could eventually be mobilised, analysts said.", 700_000d)]
    [InlineData("As many as 90,000 may ultimately be drafted, the ministry said.", 90_000d)]
    [InlineData("\"About 40,000 people have been sent to combat areas,\" the minister said.", 40_000d)]
    [InlineData("After a short course, some 6,000 people were sent to the combat zone, the region's governor said.", 6_000d)]
    public void Call_up_people_are_a_deployment(string passage, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(passage), c => (c.Value ?? c.High) == value).Kind);

    // Near misses: people a verb of harm or count takes, and people with "more" that no call-up takes.
    [Theory]
    [InlineData("The storm forced 20,000 more people from their homes.", 20_000d)]
    [InlineData("The city expects 80,000 extra people at the festival.", 80_000d)]
    public void Other_people_stay_apart(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
