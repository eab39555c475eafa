namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bloc of states that sends, pledges or holds troops as one actor ("ECOWAS has pledged to send 3,000 soldiers", "the regional
/// bloc IGAD pledged to send another 2,000 troops") owns them as an alliance or a mission does: several nations', none of them
/// alone, so no country of the sentence before is carried to them. Real reporting of the African forces for Mali and Somalia
/// wrote each (and "ECOWAS agreed to commit 3,300 troops", "West African bloc to deploy 3,300 troops in Mali"). The sentences are ours.
/// </summary>
public class BlocsOfStatesTests
{
    [Theory]
    [InlineData("The first Ghanaian soldiers landed in the capital on Monday. ECOWAS has pledged to send 4,500 soldiers to the region.", 4500)]
    [InlineData("Kenya has offered to lead the force. The regional bloc IGAD agreed to deploy another 1,800 troops there.", 1800)]
    [InlineData("Rwandan troops guard the airport. The African Union has approved the deployment of 2,400 soldiers for the mission.", 2400)]
    // Near misses: a member state that sends its own, and a country named in the bloc's sentence as the sender.
    [InlineData("ECOWAS met in Abuja. Nigeria has pledged to send 1,200 soldiers to the region.", 1200, "Nigeria")]
    [InlineData("At the ECOWAS summit, Senegal promised to deploy 500 soldiers.", 500, "Senegal")]
    public void A_bloc_s_troops_are_no_one_country_s(string text, double value, string subject = "") =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject ?? "");

    // A bloc that commits troops, and a bloc named by the noun itself ("the southern bloc will deploy ... in Mozambique"): the place the
    // troops go to is not their owner.
    [Theory]
    [InlineData("Liberia asked for help. The regional bloc ECOWAS agreed to commit 2,700 troops to Liberia.", 2700)]
    [InlineData("Mozambique asked for help. The southern bloc will deploy 1,900 troops in Mozambique.", 1900)]
    // Near miss: one member state that commits its own.
    [InlineData("Liberia asked for help. Ghana agreed to commit 700 troops to Liberia.", 700, "Ghana")]
    public void A_bloc_that_commits_or_deploys_owns_no_country_s_troops(string document, double value, string subject = "") =>
        Assert.Equal(subject, Of("Untitled\n\n" + document, value).Subject ?? "");
}
