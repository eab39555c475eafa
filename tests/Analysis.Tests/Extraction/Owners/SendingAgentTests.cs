namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops, when the sentence says who sends or holds them (#14, "whose troops"): the subject of the verb before
/// the figure, or the agent after it; never the place they go to, a country inside a cited source's name, or a
/// demonym that describes someone else.
/// </summary>
public class SendingAgentTests
{
    [Theory]
    [InlineData("Finnish officials say Moscow has moved about 3,000 soldiers to the border district.", 3_000d, "Russia")]
    [InlineData("Estonia's foreign intelligence service said Minsk had quietly stationed some 1,200 troops in the Hrodna area.", 1_200d, "Belarus")]
    [InlineData("Budapest will deploy a further 200 soldiers to the training mission in the Sahel, the defence minister said.", 200d, "Hungary")]
    [InlineData("Wagner has at least 1,800 fighters around the airport at Bangui, according to a UN report.", 1_800d, "Russia")]
    [InlineData("Kim Jong Un has decided to send 2,000 troops to rebuild the bridges near Sudzha.", 2_000d, "North Korea")]
    [InlineData("Lithuanian media reported that some 4,000 soldiers sent by Berlin would be based near Rukla.", 4_000d, "Germany")]
    // Troops moved "from X to Y" are the mover's: X is where they were, Y where they go.
    [InlineData("The U.S. will move 1,000 troops from Germany to Romania.", 1_000d, "United States")]
    [InlineData("Britain is relocating about 800 soldiers from Cyprus to Estonia, the ministry said.", 800d, "United Kingdom")]
    [InlineData("Paris redeployed some 1,500 troops from Mali to Niger last year.", 1_500d, "France")]
    [InlineData("Washington plans to shift 2,000 soldiers from Italy to Poland.", 2_000d, "United States")]
    [InlineData("Russia transferred 5,000 troops from Belarus to the Kursk region.", 5_000d, "Russia")]
    public void The_sender_owns_the_troops(string sentence, double value, string owner) =>
        Assert.Equal(owner, Count(sentence, value).Subject);

    [Theory]
    // The place the troops go to is not who sends them.
    [InlineData("Romanian officials said about 700 soldiers had been moved to bases in the north of Moldova.", 700d, "Moldova")]
    // A demonym before the verb that describes someone else is not the sender.
    [InlineData("Polish diplomats said the alliance had sent 900 troops to the border.", 900d, "Poland")]
    // Where moved troops come from is a place, not their owner.
    [InlineData("The U.S. will move 1,000 troops from Germany to Romania.", 1_000d, "Germany")]
    [InlineData("Paris redeployed some 1,500 troops from Mali to Niger last year.", 1_500d, "Mali")]
    public void A_place_or_a_describing_demonym_does_not_send(string sentence, double value, string notOwner) =>
        Assert.NotEqual(notOwner, Count(sentence, value).Subject);
}
