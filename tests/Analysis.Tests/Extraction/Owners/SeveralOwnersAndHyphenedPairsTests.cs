namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ownership in troop reporting: troops of more than one owner
/// (two countries joined inside the figure, "allied" or "multinational" troops, troops "from" two countries) have none; half of
/// a hyphened pair ("the U.S.-Mexico border", "the Franco-German Brigade") or a country that leads or backs a force
/// ("German-led") owns none of them; a possessive right before the figure owns it whatever comes before; a military body's
/// count of dead or wounded with no owner named is of its own side unless its side did the harm. Each rule has rows where
/// like words must leave the owner as it was.
/// </summary>
public class SeveralOwnersAndHyphenedPairsTests
{
    [Theory]
    [InlineData("Untitled\n\nAbout 5,000 Filipino and American troops will take part in the drills.", null)]
    [InlineData("Untitled\n\nThe exercise brings together some 9,000 Polish and U.S. soldiers near the gap.", null)]
    [InlineData("Untitled\n\nSome 10,000 allied soldiers are stationed in Poland, the Polish defence ministry said.", null)]
    [InlineData("Untitled\n\nThe mission would call in up to 1,000 reserve troops from Germany and Austria.", null)]
    // One owner: one demonym, or two names of one country.
    [InlineData("Untitled\n\nAbout 5,000 American troops will take part in the drills.", "United States")]
    [InlineData("Untitled\n\nThe mission would call in up to 1,000 reserve troops from Germany.", "Germany")]
    public void Mixed_owners_have_none(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    [InlineData("Untitled\n\nAbout 1,200 National Guard troops will deploy to the U.S.-Mexico border, the White House said.", "United States")]
    [InlineData("Untitled\n\nThe Franco-German Brigade, about 5,000 strong, is based in the south.", null)]
    [InlineData("Untitled\n\nThe German-led battlegroup in Lithuania numbers about 1,600 soldiers.", null)]
    [InlineData("Untitled\n\nAbout 1,600 German soldiers serve in Lithuania.", "Germany")]
    [InlineData("Untitled\n\nThe last of France's roughly 1,000 soldiers in Chad left on Thursday.", "France")]
    public void Pairs_leaders_and_possessives(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    [InlineData("Untitled\n\nThe Cambodian defence ministry said 12 soldiers were killed in the clashes.", "Cambodia")]
    [InlineData("Untitled\n\nAccording to the Armenian defence ministry, 15 servicemen went missing after the shelling.", "Armenia")]
    // Its side did the harm, or the figure names the other side: not its own.
    [InlineData("Untitled\n\nThe Cambodian defence ministry said its forces had killed 12 soldiers in the clashes.", null)]
    [InlineData("Untitled\n\nThe Cambodian defence ministry said 12 militants were killed in the clashes.", null)]
    // A country named after a part word owns a part, not the whole.
    [InlineData("Untitled\n\nThe CSTO force sent to Kazakhstan, some 2,000 troops, was mostly Russian paratroopers.", null)]
    [InlineData("Untitled\n\nThe force sent to Kazakhstan, some 2,000 troops, was made up of Russian paratroopers.", "Russia")]
    public void Own_losses_and_parts(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    // A country that admits dead admits its own; with no admission the dead keep the owner named before.
    [InlineData("Untitled\n\nTwenty Indian soldiers died in the clash; China later admitted to four fatalities.", "China", 1)]
    [InlineData("Untitled\n\nPakistan acknowledged losing 11 soldiers in the strikes.", "Pakistan", 0)]
    [InlineData("Untitled\n\nTwenty Indian soldiers died in the clash, and four more were wounded.", "India", 1)]
    public void Admitted_losses(string text, string? subject, int index) => Assert.Equal(subject, DocumentCounts(text)[index].Subject);

    [Theory]
    // Who authorises a sending sends.
    [InlineData("Untitled\n\nThe Pentagon authorizes up to 4,000 Guard members for the border mission.", "United States")]
    public void Approvers_send(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    private static TroopCount First(string document) => DocumentCounts(document)[0];
}
