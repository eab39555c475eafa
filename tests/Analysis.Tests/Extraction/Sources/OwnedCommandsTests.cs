namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A regional command of a country's army, named after its owner ("Ukraine's Southern Command", "the Indian Army's Northern
/// Command", "the IDF's Northern Command"): the owner's command, named by the owner's adjective ("Ukrainian Southern Command"),
/// though the gazetteer holds "Southern Command" alone as the U.S. one and the sentence counts another country's troops. Alone
/// in a story on U.S. forces, "Southern Command" stays the U.S. command.
/// </summary>
public class OwnedCommandsTests
{
    [Theory]
    [InlineData("About 300 Russian soldiers were killed on the southern front over the past day, Ukraine's Southern Command said.", "Ukrainian Southern Command")]
    [InlineData("According to Ukraine's Southern Command, about 1,200 Russian troops were killed over the week near Kherson.", "Ukrainian Southern Command")]
    [InlineData("Iran fired 12 missiles at the base, and some 2,000 reservists were called up, Israel's Central Command said.", "Israeli Central Command")]
    [InlineData("About 5,000 Chinese soldiers remain near the Line of Actual Control, the Indian Army's Northern Command said.", "Indian Northern Command")]
    [InlineData("Hezbollah fired 40 rockets at positions held by 3,000 troops, the IDF's Northern Command said.", "Israeli Northern Command")]
    public void Owner_command(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The possessive of the army owns the command, not the first country the sentence names.
    [InlineData("About 5,000 Chinese soldiers remain near the Line of Actual Control, the Indian Army's Northern Command said.", "Chinese Northern Command")]
    // The command alone in a story on U.S. forces is the U.S. one.
    [InlineData("About 2,000 U.S. sailors are in the Caribbean, Southern Command said.", "Ukrainian Southern Command")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Fact]
    public void Bare_command_in_us_copy_stays_american() =>
        Assert.Contains(Mentions("About 2,000 U.S. sailors are in the Caribbean, Southern Command said."), m => m.Source == "U.S. Southern Command");
}
