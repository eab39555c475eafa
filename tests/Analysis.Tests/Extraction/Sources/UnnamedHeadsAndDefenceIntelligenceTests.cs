namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two readings of a body that speaks through what it is called: the office of its head named without a holder speaks for
/// the body also where the office opens the sentence ("The head of …") or a country's possessive stands before it ("Ukraine's
/// head of the …"), as "the head of …" inside a sentence already did; and a country's defence intelligence agency in lower
/// case, or its Defence Intelligence Directorate, is the country's military intelligence, as the gazetteer's other names are.
/// </summary>
public class UnnamedHeadsAndDefenceIntelligenceTests
{
    [Theory]
    [InlineData("The head of the National Intelligence Service said 4,000 soldiers had crossed.", "National Intelligence Service")]
    [InlineData("The chief of Uganda's army told reporters that 800 troops were on the way.", "Ugandan Army")]
    [InlineData("Fighting continued. South Korea's head of the National Intelligence Service told a radio station that 300 soldiers had crossed.", "National Intelligence Service")]
    [InlineData("The Ukrainian defence intelligence agency said 900 soldiers had been moved.", "Ukrainian military intelligence")]
    [InlineData("Ukraine's Defense Intelligence Directorate said 700 troops were at the border.", "Ukrainian military intelligence")]
    public void Cited_as_the_body(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a holder named beside the office speaks for it, and an office that only acts says nothing.
    [InlineData("The head of the National Intelligence Service, Amos Kiprop, said 300 soldiers had crossed.", "National Intelligence Service")]
    [InlineData("Amos Kiprop, the head of the National Intelligence Service, said 300 soldiers had crossed.", "National Intelligence Service")]
    [InlineData("The head of the National Intelligence Service visited 300 soldiers at the border.", "National Intelligence Service")]
    public void Not_cited_as_the_body(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // The lower-case name is no body of its own beside the country's military intelligence.
    [InlineData("The Ukrainian defence intelligence agency said 900 soldiers had been moved.", "Ukrainian defense intelligence")]
    [InlineData("Ukraine's Defense Intelligence Directorate said 700 troops were at the border.", "Ukrainian Defense Intelligence Directorate")]
    public void Not_named_apart(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
