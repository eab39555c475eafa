namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Status: an addition ordered or asked for, a request or a promise for troops, the next part of a move and
/// the first part of a named whole are planned; a level dated in the past before a newer one is earlier; a whole that points
/// back at the force just counted makes a part. Each has twins that must not change.
/// </summary>
public class AdditionsRequestsAndNextPartsTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // An addition ordered is still to come, wherever the order sends it, and so is a plain order to a place (MovesOrdersAndStates);
    // an order into a service, or one a past time says was carried out, stays as it was.
    [InlineData("The minister ordered 4,000 more Danish soldiers to the border on Monday.", 4000, EstimateStatus.Planned)]
    [InlineData("The president ordered another 1,200 Guard members into federal service.", 1200, EstimateStatus.Planned)]
    [InlineData("The general ordered 900 more Belgian troops to the capital last year.", 900, EstimateStatus.Current)]
    // A wish, a demand or a request for troops is not met yet.
    [InlineData("Commanders had hoped for 12,000 Dutch troops, a spokesman said.", 12000, EstimateStatus.Planned)]
    [InlineData("The UN's request for 3,500 more peacekeepers went unanswered.", 3500, EstimateStatus.Planned)]
    [InlineData("Of the 2,800 Kenyan police promised, 900 have arrived in the capital.", 2800, EstimateStatus.Planned)]
    [InlineData("Of the 2,800 Kenyan police promised, 900 have arrived in the capital.", 900, EstimateStatus.Current)]
    // Orders to deploy and short-notice alerts are readiness.
    [InlineData("The Pentagon issued deployment orders to 1,700 paratroopers on Monday.", 1700, EstimateStatus.Planned)]
    [InlineData("About 3,300 Polish soldiers were put on 24-hour alert.", 3300, EstimateStatus.Planned)]
    public void Orders_requests_and_promises_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // The next part of a move shares the time of the one before it; a part told after a past one stays as it was.
    [InlineData("About 6,000 Marines will go first, followed by a brigade of 3,000, the Pentagon said.", 3000, EstimateStatus.Planned)]
    [InlineData("Norway said it would send 700 soldiers, and Finland followed with 450.", 450, EstimateStatus.Planned)]
    [InlineData("About 6,000 Marines went first, followed by a brigade of 3,000, the Pentagon said.", 3000, EstimateStatus.Current)]
    // The first part of a whole named by a few words before "of": the whole is still to come.
    [InlineData("About 400 sappers landed on Monday, the first wave of a planned deployment of 2,600 Korean troops.", 2600, EstimateStatus.Planned)]
    public void A_part_of_a_move_shares_its_time(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A level dated in the past, then a newer one after a semicolon, or one dated at its clause's start: the first is earlier.
    [InlineData("Italy had 5,300 soldiers in Lebanon in 2019; it now has about 1,100.", 5300, EstimateStatus.Earlier)]
    [InlineData("Italy had 5,300 soldiers in Lebanon in 2019; it now has about 1,100.", 1100, EstimateStatus.Current)]
    [InlineData("In April there were 47,000 Russian troops near the border; there are now 80,000.", 47000, EstimateStatus.Earlier)]
    // No newer level: as it was.
    [InlineData("Italy had 5,300 soldiers in Lebanon in 2019; the mission was renewed.", 5300, EstimateStatus.Current)]
    public void A_past_level_before_a_newer_one_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A whole that points back at the force just counted makes the figure after its comma a part.
    [InlineData("The army has deployed 4,600 Polish troops to the region. Of those, 1,300 are engineers.", 1300, TroopKind.Subset)]
    [InlineData("The army has deployed 4,600 Polish troops to the region. Of them, 700 were officers.", 700, TroopKind.Subset)]
    [InlineData("The army has deployed 4,600 Polish troops to the region. Of course, 1,300 more will follow.", 1300, TroopKind.Deployment)]
    public void A_whole_that_points_back_makes_a_part(string sentence, double value, TroopKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, value).Kind);
}
