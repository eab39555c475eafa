namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's body that announces, confirms or reveals that "it" sends troops speaks of its own, as one that says so already
/// does: "the Dutch government announced in June that it would withdraw about 350 troops". A figure the announcement names
/// with an owner of its own keeps that owner. The sentences are ours.
/// </summary>
public class AnnouncedItSendsTests
{
    [Theory]
    [InlineData("The Dutch government announced in June that it would withdraw about 350 troops.", 350, "Netherlands")]
    [InlineData("After talks in Washington, the Dutch government confirmed it would send 350 troops.", 350, "Netherlands")]
    // Near miss: the troops the announcement names are another country's.
    [InlineData("The Dutch government announced that 350 Belgian troops would arrive.", 350, "Belgium")]
    public void An_announcer_that_sends_itself_owns_the_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
