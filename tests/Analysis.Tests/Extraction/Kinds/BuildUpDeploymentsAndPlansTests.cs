namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Kinds in build-up reporting (troops massed near a neighbour's border, allies'
/// reinforcements, readiness orders): where troops stand is a deployment whatever army or reserve they come from; an
/// action still to come with the troops, a possibility with a target date, and a notice to deploy are plans; two countries joined by "and" own no total alone; a military
/// body of one country owns unowned troops when nothing else names their owner. Each rule has rows where the same words
/// must leave the figure as it was.
/// </summary>
public class BuildUpDeploymentsAndPlansTests
{
    [Theory]
    // Presence words after the figure bind tighter than an army word before it; an instrument is read from "with" on.
    [InlineData("Untitled\n\nThe country's armed forces have brought some 60,000 troops within striking distance of the frontier.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe general staff has moved reserve units with about 4,000 troops to the south.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nAbout 1,500 soldiers in uniform without insignia have seized the airport.", TroopKind.Deployment)]
    // A whole army stays one.
    [InlineData("Untitled\n\nThe country's army of 67,000 is the largest in the region.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nIts armed forces number about 120,000 active troops.", TroopKind.ArmySize)]
    public void Where_troops_stand_is_a_deployment(string text, TroopKind kind) => Assert.Equal(kind, Only(text).Kind);

    [Theory]
    // An instrument: the verb before "with" acts with the troops, not on them.
    [InlineData("Untitled\n\nThe rebels could try to capture the port with as many as 8,000 fighters.", TroopKind.Deployment)]
    // A companion, or the verb's own object: a casualty count stays one.
    [InlineData("Untitled\n\nThe commander was killed along with 20 soldiers.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nThe army said it had captured 40 soldiers near the bridge.", TroopKind.Casualties)]
    public void Troops_an_action_is_done_with_are_not_its_victims(string text, TroopKind kind) => Assert.Equal(kind, Only(text).Kind);

    [Fact]
    public void A_part_after_a_whole_may_follow_only_and_a_hedge() =>
        Assert.Equal(TroopKind.Subset, Of("Untitled\n\nOf the roughly 9,000 soldiers on the island, only about 2,000 stayed loyal.", 2_000).Kind);

    [Theory]
    // An action still to come with the troops; a possibility with a target date; a notice to deploy; an appositive on alert.
    [InlineData("Untitled\n\nThe two armies will hold the drills with some 50,000 troops in May.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe army could have as many as 90,000 troops at the frontier by the end of the month.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nAbout 1,200 soldiers were placed on 48-hour notice to deploy.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nTwo airborne brigades, about 7,000 soldiers, were put on heightened alert.", EstimateStatus.Planned)]
    // Done with the troops already; a possible attack by troops that are there; drills held to check readiness.
    [InlineData("Untitled\n\nThe army attacked the town with some 5,000 troops last week.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 70,000 troops are near the border that could invade within days.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 3,000 paratroopers were flown south for snap readiness drills.", EstimateStatus.Current)]
    public void Plans_possibilities_and_notices_are_planned(string text, EstimateStatus status) => Assert.Equal(status, Only(text).Status);

    [Theory]
    // Two names joined by "and" own a mixed total; a military body of one country owns unowned troops.
    [InlineData("Untitled\n\nTogether, India and China have more than 90,000 troops facing each other.", null)]
    [InlineData("Untitled\n\nAbout 12,000 troops are returning to their bases, Russia's defence ministry said.", "Russia")]
    // A country as the voice is no owner; nor is a body whose sentence names another country.
    [InlineData("Untitled\n\nLithuania estimates that up to 80,000 troops could take part next month.", null)]
    [InlineData("Untitled\n\nUkraine's military intelligence said about 15,000 soldiers were fighting for Russia.", null)]
    // A demonym bound to the troops still owns them.
    [InlineData("Untitled\n\nIndia and China said 3,000 Chinese troops had pulled back.", "China")]
    public void Mixed_actors_and_military_bodies(string text, string? subject) => Assert.Equal(subject, Only(text).Subject);
}
