namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sending noun an adjective of likelihood or plan modifies ("the likely dispatch of", "a possible
/// deployment of") is a move still to come; an approval of "the first" troops is an approval of a first part, as "a first" is.
/// A figure that sizes a force named by an alliance, bloc or mission with no country ("a 1,500-strong NATO battlegroup", "a NATO
/// force of 4,000") is a total of several states, owned by none of the countries around it. Each has a twin that must not change.
/// </summary>
public class LikelySendingsAndAllianceForcesTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A move its own adjective tells as still to come; the same noun with an adjective of the past or of manner stays as it is.
    [InlineData("An advance team landed ahead of the likely dispatch of about 1,300 Danish soldiers.", 1300, EstimateStatus.Planned)]
    [InlineData("An advance team landed ahead of the rapid dispatch of about 1,300 Danish soldiers.", 1300, EstimateStatus.Current)]
    [InlineData("Ministers discussed a possible deployment of 4,200 Chilean troops to the border.", 4200, EstimateStatus.Planned)]
    [InlineData("Ministers discussed the recent deployment of 4,200 Chilean troops to the border.", 4200, EstimateStatus.Current)]
    // An approval of the first troops of a move; troops first named after another verb stay as they are.
    [InlineData("The president has approved the first 650 Peruvian troops for the mission.", 650, EstimateStatus.Planned)]
    [InlineData("The president has greeted the first 650 Peruvian troops of the mission.", 650, EstimateStatus.Current)]
    public void Plans_told_by_an_adjective_or_an_approval_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A force of several states sized by the figure, whoever leads it or sends a part; a force a country's word names is that
    // country's, and a figure of a country's troops sent to such a force stays that country's.
    [InlineData("Denmark heads about half of a 1,500-strong NATO battlegroup based in Latvia.", 1500, null)]
    [InlineData("Denmark heads a 1,500-strong Danish battlegroup based in Latvia.", 1500, "Denmark")]
    [InlineData("Ghana sent troops to the 6,000-strong ECOWAS force led by a Nigerian general.", 6000, null)]
    [InlineData("Ghana sent 600 troops to the ECOWAS force led by a Nigerian general.", 600, "Ghana")]
    [InlineData("Portugal will contribute to a NATO force of 3,000 troops in Romania.", 3000, null)]
    [InlineData("Portugal will contribute to a Portuguese force of 3,000 troops in Romania.", 3000, "Portugal")]
    public void A_force_of_several_states_has_no_single_owner(string sentence, double value, string? subject) =>
        Assert.Equal(subject, FigureOf(sentence, value).Subject);

    [Theory]
    // A country after "from" where a verb brings troops back from it is the place left; after a verb that does not, the origin.
    [InlineData("The UN will repatriate 3,000 peacekeepers from Lebanon next year.", 3000, null)]
    [InlineData("The UN will welcome 3,000 peacekeepers from Ghana next year.", 3000, "Ghana")]
    [InlineData("The mission evacuated 400 soldiers from Mali in a week.", 400, null)]
    [InlineData("The mission praised 400 soldiers from Chad in a week.", 400, "Chad")]
    public void A_place_troops_are_brought_back_from_is_not_their_owner(string sentence, double value, string? subject) =>
        Assert.Equal(subject, FigureOf(sentence, value).Subject);
}
