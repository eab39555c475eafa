namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence that cites no one and goes on with the statement before it (a part link, "of these", or the statement named again,
/// "This estimate") takes that statement's voice for what it goes on with, not for a force it counts right after a word that sets
/// it beside the statement's figure ("alongside", "in addition to", "does not include"): that force is the writer's. Not a part of
/// the figure itself ("About 800 of them"), nor a figure with no such word. The sentences are ours, in the shape of wire and
/// translated copy on contingents fighting beside another army and estimates that leave a batch out.
/// </summary>
public class BesideTheCarriedFigureTests
{
    [Theory]
    [InlineData("Title\n\nWestern intelligence estimates put the Belarusian contingent at 4,000 soldiers, the institute said. Some of these soldiers have fought alongside tens of thousands of Russian troops near Kharkiv.", 20000)]
    [InlineData("Title\n\nUN experts said several sources put the number of Russian instructors at between 900 and 1,800. This estimate does not include 400 further Russian instructors whose arrival the government announced in March.", 400)]
    [InlineData("Title\n\nPoland's defence ministry said on Monday that 1,200 soldiers had reached the border. Many of them serve in addition to 3,000 regular troops already deployed there.", 3000)]
    public void The_force_set_beside_is_the_writers(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => (c.Value ?? c.Low) == value).AttributedTo);

    [Theory]
    // Near miss: a part of the figure just cited, with no word setting it beside.
    [InlineData("Title\n\nPoland's defence ministry said on Monday that 1,200 soldiers had reached the border. About 800 of them are engineers.", 800, "Polish Defense Ministry")]
    public void The_carried_voice_still_gives_it(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => (c.Value ?? c.Low) == value).AttributedTo);
}
