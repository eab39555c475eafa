namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Real reporting of North Korea's troops set the side it helps between the sender and the sending: "North Korea, which backs
/// Moscow ..., has sent", "has become one of Russia's main allies during its Ukraine offensive, sending thousands of troops".
/// A country a partner word governs (backs, backed, helps: the side helped) and a name set before a war or region word ("the
/// Ukraine war", "its Ukraine offensive") are no subject of the verb after them; the sender before them is. The sentences
/// are ours.
/// </summary>
public class HelpedSideAndWarNameTests
{
    [Theory]
    [InlineData("Pyongyang, which backs Moscow in the Ukraine war, has shipped 9,000 soldiers east.", 9000, "North Korea")]
    [InlineData("North Korea has backed Russia throughout its Ukraine campaign, sending roughly 14,000 soldiers.", 14000, "North Korea")]
    [InlineData("Minsk backed Moscow's Ukraine offensive and has moved 3,000 troops to the border.", 3000, "Belarus")]
    // Near miss: the country that acts itself, with no partner word before it.
    [InlineData("Pyongyang praised the alliance, and Moscow has moved 9,000 soldiers to the border.", 9000, "Russia")]
    public void The_side_helped_does_not_send(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
