namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fighters named by their movement ("al-Shabab fighters", "Islamist fighters") are no country's, neither the country whose
/// military counts them nor the one whose troops the sentence counts beside them; a capital inside an alliance's name ("the
/// Warsaw Pact") is no country a later "the country" stands for.
/// </summary>
public class GroupFightersAndAllianceNamesTests
{
    [Theory]
    [InlineData("The Kenyan military says more than 40 al-Shabab fighters were killed in the battle.", 40d)]
    [InlineData("Ten more Chadian troops and 28 more Islamist fighters were killed near the border.", 28d)]
    [InlineData("The Nigerian army said 60 Boko Haram fighters had been killed in Borno state.", 60d)]
    public void Fighters_of_a_movement_have_no_country(string passage, double value) =>
        Assert.Null(Assert.Single(Counts(passage), c => (c.Value ?? c.Low) == value).Subject);

    [Fact]
    public void State_troops_beside_them_keep_theirs() =>
        Assert.Equal("Chad", Assert.Single(Counts("Ten more Chadian troops and 28 more Islamist fighters were killed near the border."), c => c.Value == 10).Subject);

    [Theory]
    [InlineData("Around 200,000 Warsaw Pact soldiers occupied the country in August 1968.")]
    [InlineData("Around 200,000 soldiers of the Warsaw Pact occupied the country in August 1968.")]
    public void An_alliance_named_after_a_capital_is_no_country(string passage) =>
        Assert.Null(Assert.Single(Counts(passage)).Subject);
}
