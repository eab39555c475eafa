namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Major" spelled out before a name is a rank, as "Colonel", "Captain" and "Maj." are: the person after it speaks, named
/// without it, and a role before it ("the army spokesman Major X") is that person's, no second voice. The sentences are ours.
/// </summary>
public class MajorRankTests
{
    [Theory]
    [InlineData("Some 240 soldiers flew home on Sunday, according to the army spokesman Major Ruth Kamanzi.", "Ruth Kamanzi")]
    [InlineData("Major Ruth Kamanzi said 240 soldiers had flown home.", "Ruth Kamanzi")]
    // Near miss: the longer rank was already read.
    [InlineData("Major General Ruth Kamanzi said 240 soldiers had flown home.", "Ruth Kamanzi")]
    public void The_major_is_the_speaker(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Some 240 soldiers flew home on Sunday, according to the army spokesman Major Ruth Kamanzi.")]
    public void The_rank_is_not_part_of_the_name(string text) =>
        Assert.Equal("Ruth Kamanzi", Assert.Single(Mentions(text)).Source);

    [Theory]
    // Near miss: the adjective before a body's name makes no person.
    [InlineData("About 900 troops joined a major NATO exercise, officials said.")]
    public void An_adjective_major_names_no_one(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains("NATO"));
}
