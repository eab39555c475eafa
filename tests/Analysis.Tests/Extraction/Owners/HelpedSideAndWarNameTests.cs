namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Real reporting of North Korea's troops set the side it helps between the sender and the sending: "North Korea, which backs
/// Moscow ..., has sent", "has become one of Russia's main allies during its Ukraine offensive, sending thousands of troops".
/// A country a partner word governs (backs, backed, helps: the side helped) and a name set before a war or region word ("the
/// Ukraine war", "its Ukraine offensive") are no subject of the verb after them; the sender before them is. And "troops from
/// its ally North Korea" names their owner, even after a verb of moving. The sentences are ours.
/// </summary>
public class HelpedSideAndWarNameTests
{
    [Theory]
    [InlineData("Pyongyang, which backs Moscow in the Ukraine war, has shipped 9,000 soldiers east.", 9000, "North Korea")]
    [InlineData("North Korea has backed Russia throughout its Ukraine campaign, sending roughly 14,000 soldiers.", 14000, "North Korea")]
    [InlineData("Minsk backed Moscow's Ukraine offensive and has moved 3,000 troops to the border.", 3000, "Belarus")]
    // "from its ally": the title names the owner, even after a verb of moving.
    [InlineData("Kyiv says the Kremlin has moved 7,000 soldiers from its ally North Korea to the front.", 7000, "North Korea")]
    // Near misses: the country that acts itself, with no partner word before it; a partner noun set before a name is its
    // title ("Moscow's ally Minsk"), so the name still acts; and where moved troops were is not whose they are.
    [InlineData("Pyongyang praised the alliance, and Moscow has moved 9,000 soldiers to the border.", 9000, "Russia")]
    [InlineData("Moscow's ally Minsk has moved 3,000 troops to the border.", 3000, "Belarus")]
    [InlineData("Moscow has moved 2,000 troops from its bases in Armenia to the front.", 2000, "Russia")]
    public void The_side_helped_does_not_send(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
