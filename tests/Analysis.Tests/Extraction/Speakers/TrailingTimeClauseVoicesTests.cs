namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice in a clause of time that "after" (or "when", "before", "two days after") opens after the comma of another voice's clause
/// tells its own news ("…, lawmaker Anna Nowak said on Friday, after Minsk officially confirmed holding drills there"): it is no
/// origin of the figure the first voice gave, which that voice gives alone, as with ", as". A voice that briefed the speaker
/// ("after the spy agency briefed the committee") still informed him. The sentences are ours.
/// </summary>
public class TrailingTimeClauseVoicesTests
{
    [Theory]
    [InlineData("Some 450 Belarusian conscripts were moved to the border, lawmaker Anna Nowak said on Friday, after Minsk officially confirmed holding drills there.", 450, "Anna Nowak")]
    [InlineData("Some 450 North Korean engineers have reached Kursk, lawmaker Kim Byung-kee said on Friday, after Moscow quietly acknowledged using foreign troops.", 450, "Kim Byung-kee")]
    [InlineData("About 1,200 North Korean soldiers have been rotated home, a South Korean lawmaker told reporters, when Pyongyang finally admitted sending troops abroad.", 1200, "South Korean lawmakers")]
    public void The_first_voice_alone_gives_the_figure(string text, double value, string origin)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Empty(count.Via);
    }

    [Fact]
    // Near miss: a body that briefed the speaker informed him.
    public void A_briefing_voice_still_informs()
    {
        var count = Assert.Single(Counts("Some 450 North Korean engineers have reached Kursk, lawmaker Kim Byung-kee said on Friday, after the spy agency briefed the committee."));
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal(new[] { "Kim Byung-kee" }, count.Via);
    }
}
