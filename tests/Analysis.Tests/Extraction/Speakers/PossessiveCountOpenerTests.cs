namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence that opens on a count a possessive pronoun owns ("By his count, …", "By its own estimate, …", "In their reckoning,
/// …", translated copy's 'By his "count"') goes on with the voice of the sentence before it, as "According to him, …" does; the
/// figure was left with no voice. Not a possessive before a noun that is no count ("By his orders", "By its side"). The sentences
/// are ours, in the shape of wire and translated copy on claimed tolls.
/// </summary>
public class PossessiveCountOpenerTests
{
    [Theory]
    [InlineData("Title\nThe commander of the militia, Yevgeny Prigozhin, said on Friday that the battle was over. By his count, the defenders lost 50,000 servicemen killed.", "Yevgeny Prigozhin")]
    [InlineData("Title\nThe commander of the militia, Yevgeny Prigozhin, said on Friday that the battle was over. By his \"count\", the defenders lost 50,000 servicemen killed.", "Yevgeny Prigozhin")]
    [InlineData("Title\nThe Defence Ministry of Azerbaijan said on Tuesday that the search went on. By its own estimate, 2,800 servicemen were killed in the war.", "Azerbaijani Defense Ministry")]
    [InlineData("Title\nThe Defence Ministry of Azerbaijan said on Tuesday that the search went on. In its reckoning, 2,800 servicemen were killed in the war.", "Azerbaijani Defense Ministry")]
    public void The_count_is_the_voice_before(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a possessive before a noun that is no count, and a count opener with no voice before it.
    [InlineData("Title\nThe Defence Ministry of Azerbaijan said on Tuesday that the search went on. By its side, 2,800 servicemen were killed in the war.")]
    [InlineData("Title\nThe search went on for a third week in the mountains. By its own estimate, 2,800 servicemen were killed in the war.")]
    public void No_voice_carried(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
