namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body named as the partner of what a speaker did ("identified them in cooperation with <service>", "through close
/// collaboration with", "investigators are working with <officials>") speaks no word of the sentence: named, not cited, and no
/// origin of the speaker's figure.
/// </summary>
public class PartnersOfAnActTests
{
    [Theory]
    [InlineData("The Polish agency said that, in collaboration with Lithuanian intelligence, it had traced 400 fighters.", "Lithuanian intelligence")]
    [InlineData("Warsaw said it had traced 400 fighters through close cooperation with the CIA.", "CIA")]
    [InlineData("The Polish agency said it had traced 400 fighters in co-operation with the CIA.", "CIA")]
    [InlineData("Investigators in Warsaw are working with interpreters and Lithuanian intelligence officials.", "Lithuanian intelligence")]
    public void A_partner_is_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.StartsWith(source, StringComparison.Ordinal));

    [Theory]
    // Near misses: the partner that speaks in a sentence of its own, and a voice after "with" that is an interview's audience.
    [InlineData("Warsaw traced the fighters in cooperation with the CIA. The CIA said 400 fighters had crossed.", "CIA")]
    [InlineData("In an interview with Reuters, the minister said 400 fighters had crossed.", "Reuters")]
    public void Other_voices_stay_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
