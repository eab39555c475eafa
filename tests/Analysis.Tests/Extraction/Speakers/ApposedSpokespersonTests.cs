namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body's spokesperson title with the holder's name set off by commas after it ("The Pentagon spokesman, Jonathan Hoffman,
/// said …", "The UN spokesman, Stephane Dujarric, said …", "The army spokesman, Colonel …, said …") is one voice, the person,
/// as "Pentagon spokesman Jonathan Hoffman said" is; the body had taken the figure. Not a name that is no apposition ("The
/// Pentagon spokesman, John Kirby and the White House said": no comma after the name). The sentences are ours, in the shape of
/// wire, Nigerian and translated Spanish copy.
/// </summary>
public class ApposedSpokespersonTests
{
    [Theory]
    [InlineData("The Pentagon spokesman, Jonathan Hoffman, explained in a statement that the new deployment makes up 3,000 additional forces.", "Jonathan Hoffman")]
    [InlineData("The UN spokesman, Stephane Dujarric, said that 450 more peacekeepers had arrived in Bangui.", "Stephane Dujarric")]
    [InlineData("The State Department spokesman, Ned Price, said that 3,000 troops would stay.", "Ned Price")]
    public void The_named_spokesperson_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: the name after the comma opens a list of voices, no apposition.
    [InlineData("The Pentagon spokesman, John Kirby and the White House said 2,000 soldiers would go.")]
    public void No_apposition(string text) =>
        Assert.NotEqual("John Kirby", Assert.Single(Counts(text)).AttributedTo);
}
