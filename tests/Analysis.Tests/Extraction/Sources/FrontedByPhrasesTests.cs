namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "By" opening a sentence before a time or a count ("By Friday, a navy official said, ...", "By the army's own count, ...")
/// starts no name: the voice is the official or the body after it, never "By Friday" or "By the Army". A byline's "By Jane
/// Doe" on a line of its own still names its writer.
/// </summary>
public class FrontedByPhrasesTests
{
    [Theory]
    [InlineData("Convoys left the port at dawn. By Friday, a navy official said, about 640 sailors had come ashore.", "By Friday")]
    [InlineData("The rebels pressed on. By Thursday, a senior army official said, 1,200 soldiers had reached the valley.", "By Thursday")]
    [InlineData("The offensive stalled in spring. By the Army Ministry's latest count, the rebels have lost nearly 7,300 fighters.", "By the Army Ministry")]
    [InlineData("The offensive stalled in spring. By the General Staff's own tally, some 4,800 fighters were killed.", "By the General Staff")]
    public void The_fronted_phrase_is_no_voice(string text, string wrong)
    {
        Assert.DoesNotContain(DocumentCounts(text), c => c.AttributedTo == wrong);
        Assert.DoesNotContain(Mentions(text), m => m.Source == wrong);
    }

    [Fact]
    public void The_official_after_the_fronted_time_is_the_voice() =>
        Assert.Equal("navy officials", Of("Convoys left the port at dawn. By Friday, a navy official said, about 640 sailors had come ashore.", 640).AttributedTo);

    [Theory]
    // Near misses: a byline on a line of its own names the writer; a name after "by" inside the sentence still speaks.
    [InlineData("Sailors land\n\nBy Marta Quiroga\n\nThe navy said about 640 sailors had come ashore.", "Marta Quiroga")]
    [InlineData("About 640 sailors had come ashore, according to a count by Admiral Hugo Brandt.", "Hugo Brandt")]
    public void A_byline_and_a_later_by_keep_their_name(string text, string name) =>
        Assert.Contains(DocumentMentions(text), m => m.Source == name);
}
