namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body's spokesperson after its possessive speaks for the body ("…, the army's spokesman said", "the defence ministry's
/// spokeswoman told reporters", "the mission's spokesperson said"), as "an army spokesman" and "the army's press service" do
/// (body_spokesperson_ranks, read with body_voice_units). Before, a comma before "the" made the possessive a title in
/// apposition to a person who was not there, and no one spoke. Near misses: a holder named after the title, or a person the
/// title is set off after, still speaks. The sentences are ours.
/// </summary>
public class PossessiveSpokespersonTests
{
    [Theory]
    [InlineData("Uganda moved 700 soldiers to the frontier, the army's spokesman said.", 700, "Ugandan Army")]
    [InlineData("Uganda moved 700 soldiers to the frontier, the army's press secretary told reporters.", 700, "Ugandan Army")]
    [InlineData("Uganda moved 700 soldiers to the frontier, the defence ministry's spokeswoman told reporters.", 700, "Ugandan Defense Ministry")]
    [InlineData("MONUSCO has 1,100 police officers in Bunia. The mission's spokesperson said 300 more would come.", 300, "MONUSCO")]
    // Near misses: the holder named after the title, or before it, speaks.
    [InlineData("Uganda moved 700 soldiers to the frontier, the army's spokesman, Col. Felix Kulayigye, said.", 700, "Felix Kulayigye")]
    [InlineData("Col. Felix Kulayigye, the army's spokesman, said Uganda moved 700 soldiers to the frontier.", 700, "Felix Kulayigye")]
    public void A_possessive_spokesperson_speaks_for_the_body(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts("Test headline\n\n" + text), c => c.Value == value).AttributedTo);
}
