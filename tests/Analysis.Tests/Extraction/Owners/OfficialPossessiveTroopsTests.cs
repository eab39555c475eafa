namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Some 12,000 of Kim Jong Un's troops", "Kim Jong Un's soldiers, about 12,000 strong": a known official's possessive on the
/// troops a figure counts names their owner (the official's country), as a country's possessive does; reporting of the North
/// Korean deployment names the troops by their leader as often as by their country. The sentences are ours.
/// </summary>
public class OfficialPossessiveTroopsTests
{
    [Theory]
    [InlineData("Roughly 8,000 of Kim Jong Un's soldiers were moved to the front.", "North Korea")]
    [InlineData("Kim Jong Un's troops, some 8,000 strong, were moved to the front.", "North Korea")]
    [InlineData("Recep Tayyip Erdogan's 2,000 soldiers stayed in the north of the country.", "Turkey")]
    // Near miss: the official only speaks; the troops are those his sentence names.
    [InlineData("Kim Jong Un said 8,000 Russian soldiers had been moved to the front.", "Russia")]
    public void An_official_s_possessive_names_the_owner(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);

    [Theory]
    [InlineData("Vladimir Putin ordered the army to grow to 1.4 million servicemen.", "Russia")]
    [InlineData("Recep Tayyip Erdogan signed a decree raising the armed forces to 400,000.", "Turkey")]
    // Near miss: an official of no country names no army's owner.
    [InlineData("Jens Stoltenberg said the army has 50,000 troops.", null)]
    public void An_official_s_act_names_the_army_s_owner(string text, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);
}
