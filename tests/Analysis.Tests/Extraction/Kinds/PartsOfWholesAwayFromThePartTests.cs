namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Parts of a force whose whole stands away from the part: after a hedge or a force's noun ("out of at least 3,000 pledged",
/// "out of a planned dispatch of 6,000"), after a reported clause's "that" ("said that of the 9,000 sent, ..."), after a share
/// verb or "will be part of" further on in the clause; parts of a casualty group ("two of the prisoners of war", "of the 900
/// casualties, 300 ..."); and the shapes that stay whole: "include" with no counted whole before it, a cue a negation denies,
/// the killed of a force past a hedged reduced relative. The sentences are ours.
/// </summary>
public class PartsOfWholesAwayFromThePartTests
{
    [Theory]
    [InlineData("So far, about 300 Chadian soldiers have arrived out of at least 3,000 pledged by the region's states.", 300, TroopKind.Subset)]
    [InlineData("Some 700 sappers have reached the border out of a planned second dispatch of 5,000 troops, the agency said.", 700, TroopKind.Subset)]
    [InlineData("The agency believes that out of a planned deployment of 5,000 troops, around 700 sappers have already arrived.", 700, TroopKind.Subset)]
    [InlineData("Officials said that of the 9,000 troops sent, about 6,000 are near the river.", 6000, TroopKind.Subset)]
    [InlineData("The 6,000 Omani troops now near the river represent a majority of the 9,000 sent, officials said.", 6000, TroopKind.Subset)]
    [InlineData("The 150 Dutch troops who stay will be part of a joint force of about 1,200, the minister said.", 150, TroopKind.Subset)]
    [InlineData("The army holds 14 captured Omani soldiers. Three of the prisoners of war have asked to stay, officials said.", 3, TroopKind.Subset)]
    [InlineData("Of the 900 Omani casualties, around 300 were killed, officials said.", 300, TroopKind.Subset)]
    [InlineData("Of the 900 Omani soldiers who have become casualties, around 300 were killed, officials said.", 300, TroopKind.Subset)]
    // Near misses: the killed of a force stay casualties; a part that is others' troops, or a whole that only "include" sizes.
    [InlineData("About 2,000 of the 9,000 Omani soldiers sent to the border have been killed or wounded, officials said.", 2000, TroopKind.Casualties)]
    [InlineData("Of the 9,000 troops sent, about 2,000 were killed or wounded, officials said.", 2000, TroopKind.Casualties)]
    [InlineData("Some 300 of the wounded Omani soldiers have since died, the army said.", 300, TroopKind.Casualties)]
    [InlineData("About 4,000 Omani soldiers thought to have been sent to the border have returned home, officials said.", 4000, TroopKind.Deployment)]
    [InlineData("The 1,200 Dutch troops include a headquarters company and two battalions, the minister said.", 1200, TroopKind.Deployment)]
    [InlineData("The Omani force of 3,000 soldiers includes 400 medics, the army said.", 400, TroopKind.Subset)]
    [InlineData("The rebels paraded about 300 of the prisoners of war through the town on Friday, witnesses said.", 300, TroopKind.Casualties)]
    [InlineData("A mine killed one Omani soldier and left four of the militiamen dead, a spokesman said.", 4, TroopKind.Casualties)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Counts(passage).First(c => c.Value == value).Kind);

    [Theory]
    // A whole the hedged reduced relative does not hide: its "may have been killed" is the figure's verb.
    [InlineData("Officials estimated that about 2,000 of the 9,000 Omani soldiers believed to have been sent to the border may have been killed or wounded.", 2000, TroopKind.Casualties)]
    // "include" with no larger figure before it sizes the force; a cue a negation denies names no part.
    [InlineData("The joint force is set to include about 1,800 personnel from four states.", 1800, TroopKind.Deployment)]
    [InlineData("The mission will include around 600 soldiers from Chad, officials said.", 600, TroopKind.Deployment)]
    [InlineData("Experts put the force at 900 to 1,600. That estimate does not include 400 additional Omani troops sent in May.", 400, TroopKind.Deployment)]
    public void Kind_of_a_whole_away_from_a_part(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Counts(passage).First(c => c.Value == value).Kind);
}
