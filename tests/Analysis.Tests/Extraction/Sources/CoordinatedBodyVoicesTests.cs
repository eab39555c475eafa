namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state body joined by "and" to unnamed officials or the police before the verb ("the army and security officials said",
/// "the military and police said") speaks with them: the body is the voice, its country the place of the fighting. Near misses:
/// a body with no article, read as the officials' own qualifier ("army and security officials said"), and a body joined to
/// the police inside the figure's phrase or the subject, with another voice after a comma. The sentences are ours.
/// </summary>
public class CoordinatedBodyVoicesTests
{
    [Theory]
    [InlineData("Gunmen stormed a base in southern Pakistan, killing 4 soldiers, the army and security officials said.", 4, "Pakistani Army")]
    [InlineData("A roadside bomb killed 6 soldiers in northern Mali, the military and police said.", 6, "Malian military")]
    [InlineData("Insurgents killed 9 soldiers in northeastern Nigeria, the army and local officials said.", 9, "Nigerian Army")]
    [InlineData("Gunmen killed 7 soldiers in northern Mali, the army and the police said in a joint statement.", 7, "Malian Army")]
    // Near misses: "army" as the officials' qualifier, and the body inside the phrase or the subject.
    [InlineData("Ten soldiers died in clashes in southern Pakistan, army and security officials said.", 10, "security officials")]
    [InlineData("Rebels ambushed a convoy in northern Mali, killing 8 members of the army and police, officials said.", 8, null)]
    [InlineData("Clashes between the army and police killed 12 soldiers in northern Mali, witnesses said.", 12, "witnesses")]
    public void A_body_joined_to_its_officials_speaks_with_them(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
