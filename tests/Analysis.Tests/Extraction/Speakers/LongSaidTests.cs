namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A claim held over time or made off the record, with "long", "having", "quietly" or "privately" between the voice and its
/// verb ("the Pentagon has long said that …", "with Western agencies having long reported that …", "officials have quietly
/// acknowledged that …"), is still that voice speaking, as "has repeatedly said" is. The sentences are ours.
/// </summary>
public class LongSaidTests
{
    [Theory]
    [InlineData("The Pentagon has long said that about 1,200 soldiers are stationed at the base.", "Pentagon")]
    [InlineData("Western analysts long estimated that about 1,200 soldiers were stationed at the base.", "Western analysts")]
    [InlineData("With Western intelligence agencies having long reported that about 1,200 soldiers were at the base, the admission came late.", "Western intelligence agencies")]
    [InlineData("Defense officials have quietly acknowledged that about 1,200 soldiers are stationed at the base.", "U.S. defense officials")]
    // Near miss: an adverb the list already held.
    [InlineData("The Pentagon has repeatedly said that about 1,200 soldiers are stationed at the base.", "Pentagon")]
    public void The_voice_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    // Near misses: "long" and "having" where no one speaks give the figure no voice.
    [Theory]
    [InlineData("The siege lasted long, and about 1,200 soldiers were said to be at the base.")]
    [InlineData("Having lost about 1,200 soldiers at the base, the garrison withdrew.")]
    public void No_voice_where_no_one_speaks(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
