namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A release named again as a later sentence's subject ("A statement by X said … . The statement further claimed …") speaks
/// with the voice of the sentence that named it; not where no earlier sentence names such a release, nor where the noun is
/// no subject of a verb of speech. The sentences are ours.
/// </summary>
public class ReleaseNamedAgainTests
{
    [Theory]
    [InlineData("A statement by the Latvian General Staff said 300 soldiers had arrived.\n\nThe statement further claimed that at least 40 more soldiers would follow.", 40, "Latvian General Staff")]
    [InlineData("The Latvian General Staff said in a report that 300 soldiers had arrived.\n\nThe report also said 40 more soldiers would follow.", 40, "Latvian General Staff")]
    // Near misses: no release named before; the release is the object, not the speaker.
    [InlineData("The Latvian General Staff said 300 soldiers had arrived.\n\nThe statement also said 40 more soldiers would follow.", 40, null)]
    [InlineData("A statement by the Latvian General Staff said 300 soldiers had arrived.\n\nThe statement came as 40 more soldiers prepared to follow.", 40, null)]
    public void A_release_named_again_speaks_with_its_voice(string text, double value, string? origin) =>
        Assert.Equal(origin, Of("Untitled\n\n" + text, value).AttributedTo);

    [Theory]
    [InlineData("The Latvian General Staff said in a statement that 300 soldiers had arrived.\n\nSome 40 more soldiers will follow next week, according to the statement.", 40, "Latvian General Staff")]
    [InlineData("The Latvian General Staff released a report on Monday.\n\nAccording to the report, 40 more soldiers will follow next week.", 40, "Latvian General Staff")]
    // "according to the statement" right after a body spoke in its paragraph: what it said is the statement.
    [InlineData("The Latvian General Staff said 300 soldiers had arrived. Some 40 more will follow next week, according to the statement.", 40, "Latvian General Staff")]
    // Near miss: a paragraph apart, with no release named, the statement is no one's.
    [InlineData("The Latvian General Staff said 300 soldiers had arrived.\n\nSome 40 more soldiers will follow next week, according to the statement.", 40, null)]
    public void According_to_the_release_named_before(string text, double value, string? origin) =>
        Assert.Equal(origin, Of("Untitled\n\n" + text, value).AttributedTo);
}
