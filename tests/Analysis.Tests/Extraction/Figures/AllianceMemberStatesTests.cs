namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Members" of an alliance or bloc are its member states, not troops, even in a sentence about troops
/// (TroopCountFinder.MemberStates): named between the number and the noun, in a possessive before the number, or right
/// after "members of".
/// </summary>
public class AllianceMemberStatesTests
{
    [Theory]
    [InlineData("The peacekeeping force now numbers about 5,000 soldiers sent by 31 NATO members and partners.", 31d)]
    [InlineData("The bloc's 27 members agreed on Monday to send 2,000 troops to the border.", 27d)]
    [InlineData("Some 3,000 soldiers drawn from the alliance's 31 members will train in the north.", 31d)]
    [InlineData("The 30 members of the alliance will send 2,000 troops between them.", 30d)]
    [InlineData("Ministers of the 12 EU members discussed a force of 1,500 soldiers.", 12d)]
    public void Members_of_an_alliance_are_member_states(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // Near misses: members of a force or a mission are its troops; other nouns after an alliance's name count troops
    [InlineData("Rioters hurt 30 members of the NATO-led force near the bridge, the command said.", 30d)]
    [InlineData("Italy sent 2,900 members of the EU training mission to the country.", 2_900d)]
    [InlineData("Italy sent 2,900 members of the alliance's force to the country.", 2_900d)]
    [InlineData("The alliance is sending 300 NATO trainers to the army's new academy.", 300d)]
    [InlineData("The defence force will deploy 1,200 members to the border, the minister told parliament.", 1_200d)]
    public void Members_of_a_force_are_troops(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);
}
