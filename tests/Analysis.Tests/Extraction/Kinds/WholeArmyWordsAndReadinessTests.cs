namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Kinds in build-up reporting: an army word that owns troops placed somewhere is no
/// count of the army; the words of a whole army inside a figure ("active troops", "reservists") count it only when nothing in
/// the figure's clause says where the troops stand or what befell them; readiness ("standing by", "ready to defend") is a plan;
/// a picture that "captures" troops takes no prisoners; a participle after a future clause shares its future; a country that
/// hosts troops, or is where they go, is not whose they are. Each rule has rows where like words must leave the figure as it was.
/// </summary>
public class WholeArmyWordsAndReadinessTests
{
    [Theory]
    // An army word before the figure, where the troops stand after it (no comma between): a deployment.
    [InlineData("Untitled\n\nThe country's army now keeps roughly 40,000 soldiers close to the front line.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe army is keeping around 60,000 troops on its side of the Line of Actual Control.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nSome 40,000 troops were standing along the border.", TroopKind.Deployment)]
    // The army itself, or its whole people, with no place in the figure's clause.
    [InlineData("Untitled\n\nThe country, whose army has up to 150,000 active soldiers, has moved tanks toward the border.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe country maintains roughly 170,000 active-duty personnel and about 1.6 million reservists.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe country's army, with 1.2 million active troops, has moved two divisions to the east.", TroopKind.ArmySize)]
    // Whole-army words with a place, a call-up or a readiness state in the clause: sent, not counted.
    [InlineData("Untitled\n\nSome 1,500 active-duty soldiers are on standby to deploy to the city.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe government has called up 5,000 reservists.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nIn the 1991 war, 1,774 reservists saw service.", TroopKind.Deployment)]
    public void Army_words_and_places(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    // Words of death and capture; a picture that captures troops, an aim to capture a place.
    [InlineData("Untitled\n\nThe military said 13 of its soldiers were martyred in the strikes.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nThe army said it had captured 40 soldiers near the bridge.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nFive soldiers laid down their lives in the encounter.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nThe country buried 170 of its servicemen after the war.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nSatellite imagery captured roughly 4,000 soldiers at the training ground.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe invaders have enough forces near the capital, some 20,000 troops, to capture it within days.", TroopKind.Deployment)]
    public void Casualty_words_and_their_traps(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    // Readiness, a target date after a headline infinitive, a participle after a future clause, a future "have".
    [InlineData("Untitled\n\nThe Pentagon said 1,500 troops were standing by.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe president said 150,000 soldiers stood ready to defend the region.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nTroops bound for the Baltics: around 1,000 soldiers of the battlegroup to arrive by June", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe military will extend conscription to one year, adding some 10,000 conscripts a year.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe new mission will have 11,900 troops.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe ministry said it had put about 1,200 troops on the island on combat alert.", EstimateStatus.Planned)]
    // An estimate put at a number before is earlier still.
    [InlineData("Untitled\n\nThe ministry had put the number at 3,000 troops before the talks.", EstimateStatus.Earlier)]
    // Troops in place that stand ready; a participle after a past clause; a capacity there now.
    [InlineData("Untitled\n\nIn the region altogether around 15,000 soldiers stand ready, according to media reports.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe military extended conscription last year, adding some 10,000 conscripts.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe country's armed forces can field about 250,000 troops.", EstimateStatus.Current)]
    public void Readiness_and_future_clauses(string text, EstimateStatus status) => Assert.Equal(status, First(text).Status);

    [Theory]
    // A host is where troops are; a destination is no other actor beside a cited body; a side fought for is one.
    [InlineData("Untitled\n\nRomania now hosts some 5,000 allied troops.", null)]
    [InlineData("Untitled\n\nSome 700 troops will head to Slovakia, the Czech defence ministry said.", "Czech Republic")]
    [InlineData("Untitled\n\nUkraine's military intelligence said about 15,000 soldiers were fighting for Russia.", null)]
    [InlineData("Untitled\n\nRwanda's army chief said that no more than 1,000 soldiers were guarding the border with Congo.", "Rwanda")]
    public void Hosts_and_destinations_are_not_owners(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    // A country, or its cited body, that says "it" sends or holds troops speaks of its own; saying what another did is not it.
    [InlineData("Untitled\n\nBritain said it would send an extra battlegroup to Estonia; around 1,000 troops are set to leave next month.", "United Kingdom")]
    [InlineData("Untitled\n\nTaiwan's defence ministry said it had put about 1,200 troops on Kinmen on combat alert after the drills began.", "Taiwan")]
    [InlineData("Untitled\n\nEstonia said it expected about 1,000 troops to arrive next month.", null)]
    public void A_speaker_that_sends_owns_the_troops(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    private static TroopCount First(string document) => DocumentCounts(document)[0];
}
