namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What a speaker sent or wrote speaks for them as a statement does: "the commander's message to New York was that …", "the
/// envoy's letter put …" (statement_nouns: message, letter, cable, memo, forecast). Near miss: a message about troops that is
/// not the speaker's own ("a message to the general") leaves the figure to no one. The sentences are ours, in the shapes of
/// the UN's Rwanda cables and their retelling.
/// </summary>
public class WrittenMessagesTests
{
    [Theory]
    [InlineData("Peacekeeping\n\nGeneral Tomas Varga's message to New York was that as few as 4,000 troops could hold the city.", 4000, "Tomas Varga")]
    [InlineData("Peacekeeping\n\nGeneral Tomas Varga's memo argued that 4,000 troops could hold the city.", 4000, "Tomas Varga")]
    // Near miss: a message sent to someone is not that person's.
    [InlineData("Peacekeeping\n\nThe council sent a message to General Tomas Varga that 4,000 troops would come.", 4000, null)]
    public void A_written_message_speaks_for_its_writer(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}
