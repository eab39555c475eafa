namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Drawdowns and withdrawals as real reporting writes them (issue 14): the force before a cut is earlier, the level a force
/// is to be kept at is planned, a force held now is current whatever plan the sentence also names; the whole a part is
/// counted from is not the part's casualties; whose troops is never the country that owns a claim.
/// Each rule has rows where it applies and rows where the same words must leave the figure as it was.
/// </summary>
public class DrawdownsAndWholesTests
{
    [Theory]
    // A time of the past after the figure, or opening the sentence: the force before the cut.
    [InlineData("Untitled\n\nThe two camps held 420 Belgian soldiers until recently and will close in May.", 420d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nAbout 900 Dutch troops had been based at the airfield, near the river, until the end of last year.", 900d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nPortugal had 700 soldiers in the country when the drawdown began, officials said.", 700d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThree years ago Spain still counted more than 2,500 soldiers in the region.", 2_500d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nAt its height, the mission numbered some 12,000 peacekeepers.", 12_000d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe garrison, which until recently numbered about 1,300 troops, is being halved.", 1_300d, EstimateStatus.Earlier)]
    // The same words where they do not date the figure: "until" of a plan, a word of the present, past narrative of a force there now.
    [InlineData("Untitled\n\nSome 800 Danish troops will remain in the country until the end of 2027.", 800d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThree years ago Spain sent troops to the region; it now has about 2,500 soldiers there.", 2_500d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nTwo years ago the mission was small, but now it numbers 3,400 soldiers.", 3_400d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe battalion had 600 soldiers on the island in March and still has them there.", 600d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe base had about 1,100 Italian troops last week, the ministry said.", 1_100d, EstimateStatus.Current)]
    public void The_force_before_a_cut_is_earlier(string text, double value, EstimateStatus status) => Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // The level a force is to be kept at, a promise, "are to be ... by" a date: still to come.
    [InlineData("Untitled\n\nBelgium plans to keep only about 300 soldiers in the country, officials said.", 300d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe cut would leave around 1,200 troops at the two bases.", 1_200d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe generals advised keeping at least 400 troops near the border.", 400d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nLisbon has promised 250 soldiers for the mission.", 250d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe last 700 or so soldiers are to be out of the country by March 15.", 700d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe army will bring its presence down from about 3,000 to some 2,000 troops.", 2_000d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe army will bring its presence down from about 3,000 to some 2,000 troops.", 3_000d, EstimateStatus.Current)]
    // A current figure in a sentence that also names a plan: held now, or the force a country pronoun names.
    [InlineData("Untitled\n\nRome will halve its presence in the country, where it maintains some 1,800 soldiers.", 1_800d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe government would keep its 900 troops there for another year.", 900d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe alliance plans to grow the force, which has about 5,000 soldiers, next year.", 5_000d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe country keeps about 2,200 soldiers on the island.", 2_200d, EstimateStatus.Current)]
    public void The_level_a_force_is_to_be_kept_at_is_planned(string text, double value, EstimateStatus status) => Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // A figure whose force a passive or perfect verb of a cut takes "to" another: what the cut started from; a cut to come
    // leaves it current and the second planned.
    [InlineData("Untitled\n\nHungary had sent around 3,100 troops to the border, which has now been cut to 1,600.", 3_100d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nHungary had sent around 3,100 troops to the border, which has now been cut to 1,600.", 1_600d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nItaly keeps 2,200 soldiers in the country, a force that will be reduced to 1,400 soldiers next year.", 2_200d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nItaly keeps 2,200 soldiers in the country, a force that will be reduced to 1,400 soldiers next year.", 1_400d, EstimateStatus.Planned)]
    // Another estimate joined by "and", an increment that brings a total, a vote to cut: the first figure stays as it was.
    [InlineData("Untitled\n\nOslo counts about 3,000 soldiers, and Stockholm says the force has grown to 3,500.", 3_000d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nMinsk has sent at least 900 more soldiers, bringing its total to about 4,000.", 900d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe force numbers 1,900 troops, and the council voted to reduce it to 1,500.", 1_900d, EstimateStatus.Current)]
    public void The_force_a_cut_started_from_is_earlier(string text, double value, EstimateStatus status) => Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // The whole a part is counted from: what its own words say, not the part's casualty verb.
    [InlineData("Untitled\n\nOf the 4,000 Chadian troops sent north, about 300 were killed.", 4_000d, TroopKind.Deployment)]
    [InlineData("Untitled\n\nSome 900 soldiers out of a total of 6,000 have been wounded, the army said.", 6_000d, TroopKind.Deployment)]
    [InlineData("Untitled\n\nSome 900 soldiers out of a total of 6,000 have been wounded, the army said.", 900d, TroopKind.Casualties)]
    // A part that is no casualty is a part of the whole it is counted out of (a subset), as the dev set reads it.
    [InlineData("Untitled\n\nSome 900 soldiers out of a total of 6,000 have arrived, the army said.", 900d, TroopKind.Subset)]
    // (A harm denied to the whole leaves it a deployment: none of them was hurt.)
    [InlineData("Untitled\n\nNone of the 2,500 soldiers stationed there was hurt.", 2_500d, TroopKind.Deployment)]
    [InlineData("Untitled\n\nOf the 300 casualties, most were conscripts.", 300d, TroopKind.Casualties)]
    // "all" before a partitive: the whole, not a part; without it, a part.
    [InlineData("Untitled\n\nAll 1,200 of the sappers Minsk is sending will clear mines.", 1_200d, TroopKind.Deployment)]
    [InlineData("Untitled\n\nAbout 1,200 of the sappers will clear mines.", 1_200d, TroopKind.Subset)]
    // A breakdown after a colon is a part of the total before it; a larger figure after a colon is not.
    [InlineData("Untitled\n\nThe force counts about 9,000: some 7,000 soldiers and 2,000 sailors.", 7_000d, TroopKind.Subset)]
    [InlineData("Untitled\n\nThe force counts about 9,000: some 7,000 soldiers and 2,000 sailors.", 2_000d, TroopKind.Subset)]
    [InlineData("Untitled\n\nThe first wave was 2,000 soldiers: 8,000 more will follow.", 8_000d, TroopKind.Deployment)]
    // Losses made good are not counted; soldiers who fell in combat are.
    [InlineData("Untitled\n\nMoscow has made up for its losses and keeps about 9,000 soldiers in the region.", 9_000d, TroopKind.Deployment)]
    [InlineData("Untitled\n\nAbout 450 soldiers are said to have fallen in combat since June.", 450d, TroopKind.Casualties)]
    [InlineData("Untitled\n\nTroop numbers have fallen to about 450 soldiers since June.", 450d, TroopKind.Deployment)]
    public void The_whole_a_part_is_counted_from_keeps_its_own_kind(string text, double value, TroopKind kind) => Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // Whose troops: not the country of a destination with a compass word, nor the one that owns a claim.
    [InlineData("Untitled\n\nDenmark has closed two bases in northeastern Mali and will bring its force there down to some 300.", 300d, "Denmark")]
    [InlineData("Untitled\n\nChile dismissed Lima's claim that 80 of its citizens were fighting abroad.", 80d, "Chile")]
    // The same shapes where the country does own the troops: a demonym bound to the troops, a possessive that speaks.
    [InlineData("Untitled\n\nThe deployment of 2,000 Malian troops to northeastern Niger began on Monday.", 2_000d, "Mali")]
    [InlineData("Untitled\n\nMali's army said two of its soldiers were killed.", 2d, "Mali")]
    [InlineData("Untitled\n\nLima's army said 80 of its soldiers were wounded.", 80d, "Peru")]
    public void The_owner_is_not_a_claimant_or_a_destination(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);
}
