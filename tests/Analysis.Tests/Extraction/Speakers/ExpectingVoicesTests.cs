namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed plural voices that "expect" or "think" a figure speak as those that "believe" or "estimate" it do ("Military officials
/// and others expect Obama to settle on a middle-ground option that would deploy 32,000 to 35,000", "analysts think about 10,000 …
/// are now in Kursk"): the plural present of "expects" and "thinks". Near misses: soldiers or families who expect something are no
/// voice, having no speaker's noun.
/// </summary>
public class ExpectingVoicesTests
{
    [Theory]
    [InlineData("Some military officials expect the president to settle on 32,000 to 35,000 more troops.", "military officials")]
    [InlineData("WASHINGTON (AP) - Military officials expect the president to settle on an option that would deploy 32,000 to 35,000 more troops.", "U.S. military officials")]
    [InlineData("Analysts think about 10,000 North Korean soldiers are now in Kursk.", "analysts")]
    public void The_voice_that_expects_speaks(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    [InlineData("The 3,000 soldiers expect to deploy to Poland next month.")]
    [InlineData("Families of the 300 soldiers expect them home by Christmas.")]
    public void Those_who_only_expect_are_no_voice(string text) =>
        Assert.All(Counts(text), c => Assert.Null(c.AttributedTo));
}
