namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops when a figure's own words name no owner (the subject of the passage's figures before
/// it, the story's actor), with two sides in one passage; and the status of a gapped clause and of a far planned cut. Each
/// rule has rows where it applies and rows where the same words must leave the figure as it was.
/// </summary>
public class PassageActorAndSidesTests
{
    [Theory]
    // A bare troop noun takes the owner of the figures before it, not a nearer country named as an actor in between.
    [InlineData("Troops update\n\nNorth Korea has sent about 11,000 troops to Russia, officials said. Ukraine launched its incursion into the region in August. About 3,000 soldiers have been killed or wounded since then.", 3000, "North Korea")]
    [InlineData("Troops update\n\nThe Pentagon will cut the number of U.S. troops in Syria to fewer than 1,000. Turkey has long objected to the mission. About 2,000 troops are in the country now.", 2000, "United States")]
    [InlineData("Troops update\n\nNorth Korea has sent about 11,000 troops to Russia, officials said.\n\nRussia has been pressing its ally for more help. Another 3,000 soldiers arrived in January.", 3000, "North Korea")]
    // A country bound to a troop noun in between speaks of its own troops; a sender of its own is the owner.
    [InlineData("Troops update\n\nRussia has about 50,000 troops near Kursk, officials said. Ukrainian troops pushed into the region in August. Around 10,000 soldiers took part.", 10000, "Ukraine")]
    [InlineData("Troops update\n\nChina has massed about 50,000 troops along the frontier, officials said. India has moved some 40,000 soldiers into the area in response.", 40000, "India")]
    // With no figure before, the nearest actor of the paragraph.
    [InlineData("Troops update\n\nRussia has kept moving units west. Some 60,000 soldiers are now massed close to the frontier.", 60000, "Russia")]
    // A party that speaks "for its part" speaks of its own side's troops.
    [InlineData("Troops update\n\nThe Washington Post put the US force in the Caribbean at about 16,000. Venezuela, for its part, says 17,000 soldiers have been sent to the border.", 17000, "Venezuela")]
    [InlineData("Troops update\n\nThe Washington Post put the US force in the Caribbean at about 16,000. For its part, Venezuela says 17,000 soldiers have been sent to the border.", 17000, "Venezuela")]
    // "Meanwhile" turns the topic, not the side; the dead a party counts may be its enemy's.
    [InlineData("Troops update\n\nNorth Korea has sent about 11,000 troops to Russia, officials said. Meanwhile, Ukraine said about 3,000 soldiers had arrived in Kursk.", 3000, "North Korea")]
    [InlineData("Troops update\n\nNorth Korea has sent about 11,000 troops to Russia, officials said. Ukraine, for its part, says 3,000 soldiers have been killed.", 3000, "North Korea")]
    // A multinational total has no owner, whoever speaks.
    [InlineData("Troops update\n\nSerbia has massed about 5,000 troops at the boundary. NATO, for its part, says it has 4,700 soldiers from 30 countries in Kosovo.", 4700, null)]
    // With no figure before and no actor, the country of a state body the passage cites; not of an intelligence service,
    // which counts other countries' troops; an owner of the figure's own stays.
    [InlineData("Troops update\n\nThe Pentagon said on Friday that about 2,000 troops are now in the region.", 2000, "United States")]
    [InlineData("Troops update\n\nThe warship reached the area on Friday, the Pentagon said. It carries about 4,000 soldiers.", 4000, "United States")]
    [InlineData("Troops update\n\nThe NIS said on Friday that about 2,000 troops are now in the region.", 2000, null)]
    [InlineData("Troops update\n\nThe Pentagon said on Friday that about 2,000 Polish troops are now in the region.", 2000, "Poland")]
    public void A_bare_troop_noun_takes_the_passage_actor_and_keeps_to_its_side(string document, double value, string? subject) =>
        Assert.Equal(subject, Of(document, value).Subject);

    [Theory]
    // A gapped clause shares the verb of the clause before, not the status of the count that clause replaces.
    [InlineData("Troops update\n\nFrance plans to keep about 600 troops in West Africa. Gabon would keep about 100 soldiers instead of 350, Ivory Coast about 80 instead of 900.", 80, EstimateStatus.Planned)]
    [InlineData("Troops update\n\nFrance plans to keep about 600 troops in West Africa. Gabon would keep about 100 soldiers instead of 350, Ivory Coast about 80 instead of 900.", 900, EstimateStatus.Earlier)]
    [InlineData("Troops update\n\nBritain will send 13,000 troops, France 7,000.", 7000, EstimateStatus.Planned)]
    [InlineData("Troops update\n\nBritain sent 13,000 troops last year, France 7,000.", 7000, EstimateStatus.Current)]
    // The figure a cut still to come ends at, however far its verb; a cut carried out is there now.
    [InlineData("Troops update\n\nThe Pentagon will cut the number of U.S. troops in Syria roughly in half over the coming months, to fewer than 1,000, a spokesman said.", 1000, EstimateStatus.Planned)]
    [InlineData("Troops update\n\nThe Pentagon cut the number of U.S. troops in Syria roughly in half over the past year, to fewer than 1,000, a spokesman said.", 1000, EstimateStatus.Current)]
    [InlineData("Troops update\n\nThe Pentagon will say on Friday that it has cut the number of U.S. troops in Syria over the past year to fewer than 1,000.", 1000, EstimateStatus.Current)]
    // "went from X to Y": a change that has happened starts from an earlier count.
    [InlineData("Troops update\n\nThe French force in Gabon went from 2,000 soldiers to about 900 in a year.", 2000, EstimateStatus.Earlier)]
    public void Gapped_clauses_and_far_planned_cuts(string document, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(document, value).Status);
}
