namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A relative clause that opens right after a name with "who" and a verb of saying ("a U.S. official, who said 300 had died, declined
/// to give details", "…, higher than the toll given by Pentagon spokesman John Kirby, who said 300 had died") makes the name the voice
/// of the figure it gives, as the verb right after the name does. A relative clause that only describes the voice ("who spoke on
/// condition of anonymity", "who asked not to be named") leaves the verb after it to speak. The sentences are ours.
/// </summary>
public class RelativeClauseSpeakerTests
{
    [Theory]
    [InlineData("Pentagon spokesman John Kirby, who said 300 North Korean soldiers had died, declined to give details.", "John Kirby")]
    [InlineData("The toll is higher than that given by Pentagon spokesman John Kirby, who said 300 North Korean soldiers had died.", "John Kirby")]
    [InlineData("A U.S. official, who spoke of several hundred North Korean casualties, declined to give details.", "U.S. officials")]
    public void The_name_before_a_speaking_relative_clause_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a describing relative clause, then the verb; a relative clause with no verb of saying.
    [InlineData("A U.S. official, who spoke on condition of anonymity, said 300 North Korean soldiers had died.", "U.S. officials")]
    [InlineData("The soldiers met Pentagon spokesman John Kirby, who toured the base where 300 North Korean soldiers had trained.", null)]
    public void A_describing_relative_clause_is_no_voice_of_its_own(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
