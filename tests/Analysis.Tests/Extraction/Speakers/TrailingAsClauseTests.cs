namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A clause of what happened meanwhile, opened by "as" right after the comma that closes a voice's clause ("…, Claes said on
/// Thursday, as the country mourned 10 soldiers"), is the writer's background: its figure is no one's. "as" that cites ("as
/// cited by") or hedges ("as many as") goes on with the voice. The sentences are ours, in real shapes.
/// </summary>
public class TrailingAsClauseTests
{
    [Theory]
    [InlineData("Belgium\n\nBelgium will withdraw its contingent, Foreign Minister Willy Claes said on Thursday, as the country mourned 10 soldiers killed in Kigali.", 10, null)]
    [InlineData("Pledges\n\nTwenty countries will send more troops next year, NATO Secretary General Jan Holm said on Friday, as the allies pledged 7,000 extra troops.", 7000, null)]
    // Not "as" that cites or hedges.
    [InlineData("Belgium\n\nSome 300 soldiers were killed, Foreign Minister Willy Claes said, as cited by Interfax.", 300, "Willy Claes")]
    [InlineData("Belgium\n\nThe army lost many men, Foreign Minister Willy Claes said, as many as 300 soldiers in a week.", 300, "Willy Claes")]
    public void An_as_clause_after_the_voice_is_the_writers_background(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
