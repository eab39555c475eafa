namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Formations named by their number ("Ukraine's 47th Mechanized Brigade said", "the 82nd Airborne Division"): the number is part
/// of the name, a demonym or possessive bound right before it names the country first; without one it stays as written.
/// </summary>
public class NumberedFormationsTests
{
    [Theory]
    [InlineData("Ukraine's 36th Marine Brigade said on Telegram that its drones had killed 25 North Korean soldiers.", "Ukrainian 36th Marine Brigade")]
    [InlineData("The Ukrainian 92nd Assault Brigade said 40 Russian soldiers were killed in the attack.", "Ukrainian 92nd Assault Brigade")]
    [InlineData("Some 30 North Korean soldiers were killed in the attack, the 80th Air Assault Brigade said.", "80th Air Assault Brigade")]
    [InlineData("The 101st Airborne Division said 1,500 of its soldiers would leave for Romania in the spring.", "101st Airborne Division")]
    [InlineData("Russia's 155th Brigade said it had repelled the attack, killing 18 Ukrainian soldiers.", "Russian 155th Brigade")]
    public void Names_the_formation_by_its_number(string text, string source)
    {
        Assert.Contains(Mentions(text), m => m.Source == source);
        Assert.Contains(Counts(text), c => c.AttributedTo == source);
    }

    [Theory]
    [InlineData("Ukraine's 36th Marine Brigade said on Telegram that its drones had killed 25 North Korean soldiers.", "Marine Brigade")]
    [InlineData("Some 30 North Korean soldiers were killed in the attack, the 80th Air Assault Brigade said.", "Air Assault Brigade")]
    public void Never_named_without_its_number(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
