namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed group named before by its name and taken up again by "the group", "the terror group", "the militant group" speaks
/// as itself ("Al-Shabaab fighters stormed a base …. The group said its fighters had killed 12 …"): insurgency copy names the
/// claimant once and then by its noun. Where no such body was named before, "the group" is no one. The sentences are ours, in
/// real shapes.
/// </summary>
public class ArmedGroupNamedAgainTests
{
    [Theory]
    [InlineData("Border attack\n\nAl-Shabaab fighters stormed a base near Kismayo on Friday. The group said its fighters had killed 12 Kenyan soldiers.", 12, "al-Shabaab")]
    [InlineData("Border attack\n\nBoko Haram attacked a barracks in Borno on Sunday. The terror group said it had killed about 20 soldiers.", 20, "Boko Haram")]
    // Near misses: no armed group named before; "the group" as the troops counted.
    [InlineData("Border attack\n\nKenyan troops repelled an attack near Kismayo on Friday. The group said 12 soldiers had been killed.", 12, null)]
    [InlineData("Border attack\n\nA convoy of 40 Kenyan soldiers left Kismayo on Friday, the army said. The group reached the border on Sunday.", 40, "Kenyan Army")]
    public void An_armed_group_named_again_by_its_noun_speaks_as_itself(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
