namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Profiles of troop-contributing countries count their share of a mission under the mission's body ("Nepal has deployed 5,500 UN
/// peacekeepers", "Britain will send 900 NATO troops"): the body's name before the troop noun makes a bare total a force of
/// many contributors, but when one country sends or contributes the troops it owns them. A host ("Mali has 13,000 UN
/// peacekeepers on its soil"), the body itself, several nations, and "foreign" fighters stay of no single owner. The
/// sentences are ours.
/// </summary>
public class ContributedMissionTroopsTests
{
    [Theory]
    [InlineData("Since 1990, China has contributed more than 40,000 UN peacekeepers.", 40000, "China")]
    [InlineData("Bangladesh has sent some 6,000 U.N. peacekeepers abroad.", 6000, "Bangladesh")]
    [InlineData("Rwanda contributes about 5,900 UN peacekeepers.", 5900, "Rwanda")]
    [InlineData("Britain will send 900 NATO troops to Estonia.", 900, "United Kingdom")]
    // Near misses: a host, the body itself, several nations and foreigners own none of them.
    [InlineData("Mali has 13,000 UN peacekeepers on its soil.", 13000, null)]
    [InlineData("The UN has 70,000 peacekeepers worldwide.", 70000, null)]
    [InlineData("Several nations have pledged 4,000 UN peacekeepers.", 4000, null)]
    [InlineData("Russia has deployed some 12,000 foreign fighters.", 12000, null)]
    public void A_country_that_contributes_mission_troops_owns_its_share(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
