namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Brig." is a brigadier's rank abbreviated with a full stop, as "Col." and "Brig. Gen." are: set off by commas after a
/// role ("the army's spokesman, Brig. Kofi Mensah, said"), the person after it speaks. The sentences are ours.
/// </summary>
public class AbbreviatedBrigadierTests
{
    [Theory]
    [InlineData("The army's spokesman, Brig. Kofi Mensah, said 450 soldiers had reached the border town.", "Kofi Mensah")]
    [InlineData("The force's deputy commander, Brig. Tomas Reyes, told reporters that 1,200 troops were on standby.", "Tomas Reyes")]
    // Near miss: the rank already read before a name with no commas.
    [InlineData("Army spokesman Brig. Kofi Mensah said 450 soldiers had reached the border town.", "Kofi Mensah")]
    public void The_brigadier_after_the_role_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
