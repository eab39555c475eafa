namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure whose predicate stands past an aside takes that predicate's time: an aside set off by commas or dashes after the
/// figure's noun phrase ("About 2,400 marines, drawn from two fleets and backed by drones, will ...", "A brigade of 6,000 -
/// approved in May but never formed - has yet to ..."), or the figure's own apposition ("The advance party, 300 soldiers
/// from Ghana, is due ..."). Near misses: an aside that says the troops are there ("who landed in April", "in the port since
/// last winter"), a predicate of what the force there undergoes ("will be reinforced by"), a figure inside a relative clause
/// about something else ("Peru, which has 700 soldiers there, will ..."), a present predicate after the aside ("guard the
/// port") and a past one keep their readings. The sentences are ours.
/// </summary>
public class PlanPastAsideTests
{
    [Theory]
    [InlineData("About 2,400 marines, drawn from two fleets and backed by drones, will join the operation.", 2400, EstimateStatus.Planned)]
    [InlineData("A brigade of 6,000 - approved in May but never formed - has yet to take shape.", 6000, EstimateStatus.Planned)]
    [InlineData("A brigade of 6,000, approved by the alliance in May, has yet to be formed.", 6000, EstimateStatus.Planned)]
    [InlineData("The 1,700 reinforcements, which the minister offered in April, have yet to arrive.", 1700, EstimateStatus.Planned)]
    [InlineData("The dispatch of 1,300 paratroopers, endorsed by the senate on Friday, is expected to start in October.", 1300, EstimateStatus.Planned)]
    [InlineData("The advance party, 300 soldiers from Ghana, is due in the port by the end of the week.", 300, EstimateStatus.Planned)]
    [InlineData("Some 900 marines, the navy said on Friday, would sail for the gulf within days.", 900, EstimateStatus.Planned)]
    // Near misses.
    [InlineData("The 1,100 marines, who landed in April, will hand over to a new unit in the summer.", 1100, EstimateStatus.Current)]
    [InlineData("Ghana's 300 soldiers, in the port since last winter, will hand over to a new unit.", 300, EstimateStatus.Current)]
    [InlineData("About 2,400 marines, the navy said, will be reinforced by a further 600 in May.", 2400, EstimateStatus.Current)]
    [InlineData("Peru, which has 700 soldiers in the mission, will send 150 more next year, officials said.", 700, EstimateStatus.Current)]
    [InlineData("Some 2,400 marines, most of them from the first fleet, guard the port.", 2400, EstimateStatus.Current)]
    [InlineData("In April, 1,300 paratroopers, backed by helicopters, crossed the river.", 1300, EstimateStatus.Current)]
    public void Predicate_past_the_aside(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Count(text, value).Status);

    // A relative clause of a plan right after the figure's noun phrase, past a joined noun: "a battalion of 650 sappers and
    // drivers who will be flown ...". Near misses: what the force there undergoes ("who will be reinforced"), a joined
    // predicate ("and will send"), a relative clause of the past, a relative clause of what the troops' verb names ("took part
    // in the drills, which will end").
    [Theory]
    [InlineData("The army is forming a battalion of 650 sappers and drivers who will be flown to the region.", 650, EstimateStatus.Planned)]
    [InlineData("Ghana has trained 750 soldiers and support staff, who will be deployed in the coming weeks.", 750, EstimateStatus.Planned)]
    [InlineData("The ministry picked 1,300 paratroopers and medics who are due to fly out in October.", 1300, EstimateStatus.Planned)]
    // Near misses.
    [InlineData("Ghana has 750 soldiers and 40 medics in the port, who will be reinforced by 300 more.", 750, EstimateStatus.Current)]
    [InlineData("Ghana sent 750 soldiers and will send 300 more who are now in training.", 750, EstimateStatus.Current)]
    [InlineData("Some 650 sappers and their officers, who landed in May, clear the roads.", 650, EstimateStatus.Current)]
    [InlineData("Some 650 sappers and drivers took part in the drills, which will end on Friday.", 650, EstimateStatus.Current)]
    public void Plan_in_a_relative_clause(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Count(text, value).Status);
}
