namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A second speaker introduced by "another" and a description set off by commas ("another member of the intelligence committee,
/// X, said"), as wire copy of a briefing names the second lawmaker after the first: the name speaks, as after "a" or "one".
/// The sentences are ours.
/// </summary>
public class AnotherMemberApposedTests
{
    [Theory]
    [InlineData("Some 2,500 North Korean troops have been rotated home, another intelligence committee member, Cho Hae-jin, said on Monday.", "Cho Hae-jin")]
    [InlineData("Some 2,500 North Korean troops have been rotated home, another lawmaker on the committee, Cho Hae-jin, told reporters.", "Cho Hae-jin")]
    // Near miss: as before with "a".
    [InlineData("Some 2,500 North Korean troops have been rotated home, a senior committee member, Cho Hae-jin, said on Monday.", "Cho Hae-jin")]
    public void The_apposed_name_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
