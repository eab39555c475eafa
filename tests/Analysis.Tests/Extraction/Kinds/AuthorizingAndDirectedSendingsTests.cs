namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An order or an authorisation of a sending, a call-up or a withdrawal is a move still to come (planned), whatever form
/// its verb takes: the gerund "authorizing" as "authorized" and "approving" are read ("a decree authorizing the call-up of up to
/// 600 reservists"), and "directed" or "ordering" before a sending noun as "ordered" is ("has directed the withdrawal of the 900
/// sailors"). The sentences are ours, in the shapes of 2025 copy on Guard call-ups and Marine withdrawals in US cities.
/// </summary>
public class AuthorizingAndDirectedSendingsTests
{
    [Theory]
    [InlineData("The minister signed a decree authorizing the call-up of up to 600 reservists for border duty.", 600)]
    [InlineData("The governor issued an order authorising the deployment of 250 Guard members to the coast.", 250)]
    [InlineData("The cabinet passed a motion authorizing up to 900 soldiers for the relief mission.", 900)]
    [InlineData("The admiral has directed the withdrawal of the 900 sailors from the port, the navy said.", 900)]
    [InlineData("The general directed the redeployment of about 1,200 paratroopers to their home base.", 1200)]
    [InlineData("The ministry on Friday issued a decree ordering the pullout of 350 soldiers from the region.", 350)]
    [InlineData("The defence chief directs the withdrawal of 450 signallers from the island in a new order.", 450)]
    public void An_authorised_or_directed_move_is_planned(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(text), c => c.Value == value).Status);

    // Near misses: troops a verb of direction or authorisation does not move are there now.
    [Theory]
    [InlineData("About 400 soldiers directed traffic at the border crossing on Sunday.", 400)]
    [InlineData("The 3,000 troops already in the capital are guarding the ministries.", 3000)]
    public void Troops_there_stay_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);
}
