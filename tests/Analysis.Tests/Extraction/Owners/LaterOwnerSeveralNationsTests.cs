namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure with no owner takes the owner of the next figures when the story has only one (LaterOwner), but not when its own
/// sentence speaks of several nations' troops: a word of several nations ("the troops that a dozen countries pledged"), a force
/// of several states ("members of the peacekeeping force"), or a mission the gazetteer knows with no country ("KFOR"). Real
/// reporting of Haiti's mission, Kosovo's force and Mali's departing peacekeepers wrote a whole of many contributors before
/// one contributor's part. The sentences are ours.
/// </summary>
public class LaterOwnerSeveralNationsTests
{
    [Theory]
    [InlineData("Nearly 900 troops that a dozen countries pledged have still not arrived. Kenya has 400 officers there.", 900, null)]
    [InlineData("About 1,200 members of the peacekeeping force left the country last month. The last 150 Senegalese peacekeepers flew home on Sunday.", 1200, null)]
    [InlineData("According to KFOR figures, the force would comprise some 40,000 personnel. Washington will pull 500 of its troops out.", 40000, null)]
    // Near misses: a name that opens with such a word ("West Bank") names no nations, and a story of one owner still lends it.
    [InlineData("Some 700 troops will join the drills near the West Bank. The first 120 Israeli soldiers arrived on Sunday.", 700, "Israel")]
    [InlineData("Some 700 troops will join the drills next week. The first 120 Israeli soldiers arrived on Sunday.", 700, "Israel")]
    public void A_whole_of_several_nations_takes_no_later_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
