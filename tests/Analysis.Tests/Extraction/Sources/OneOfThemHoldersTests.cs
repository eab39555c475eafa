namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "One of them, X, said": a name set off by commas after "one of …" is one of the voices named before, and speaks through
/// the verb after it, as "a spokesman, X, said" does.
/// </summary>
public class OneOfThemHoldersTests
{
    [Theory]
    [InlineData("Two officers briefed the press. One of them, Maj. Tomas Varga, said 1,200 troops had left.", "Tomas Varga")]
    [InlineData("One of them, Elena Moroz, told reporters that 300 soldiers were wounded.", "Elena Moroz")]
    [InlineData("One of the survivors, Pedro Alves, said about 40 soldiers died in the attack.", "Pedro Alves")]
    public void One_of_them_set_off_by_commas_speaks(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The name is counted, not quoted: no verb of speech after it.
    [InlineData("One of them, Elena Moroz, commands 300 soldiers at the border.")]
    public void One_of_them_who_says_nothing_is_no_source(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Elena Moroz");
}
