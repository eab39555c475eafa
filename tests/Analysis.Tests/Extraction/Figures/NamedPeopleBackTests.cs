namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "the two men", after people the passage names (two leaders who met or spoke), refers back to them and counts no troops;
/// unless the passage counted that many troops before it ("captured two North Korean soldiers ... The two men were wounded"),
/// when they are those troops. The sentences are ours.
/// </summary>
public class NamedPeopleBackTests
{
    [Theory]
    [InlineData("Trump said 2,000 US troops would leave Syria. He then called Erdogan, and the two men discussed the pullout, the White House said.", new[] { 2000d })]
    [InlineData("Putin met Kim in June after North Korea had sent 11,000 soldiers, and the two men signed a defence pact.", new[] { 11000d })]
    // Near misses: the men are the troops counted before, in the sentence before or their own.
    [InlineData("Ukraine captured two North Korean soldiers in Kursk. The two men were wounded but survived, Zelensky said.", new[] { 2d, 2d })]
    [InlineData("Two Guardsmen were shot near the White House on Wednesday. The two men are in critical condition, the FBI said.", new[] { 2d, 2d })]
    public void The_two_men_count_troops_only_when_troops_were_counted(string text, double[] values)
        => Assert.Equal(values, Values(text));
}
