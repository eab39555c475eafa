namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that opens a clause of its own after another has spoken ("…, Polish officials said Friday, as Belarus announced new
/// drills near the border") tells its own news: it relays nothing of the figure the first voice gave. A clause with a count of
/// its own is left to the figure readers. The sentences are ours.
/// </summary>
public class AsClauseVoiceTests
{
    [Theory]
    [InlineData("Some 1,400 soldiers were moved east, Polish officials said Friday, as Belarus announced new drills near the border.", "Polish officials")]
    [InlineData("Some 1,400 soldiers were moved east, the Pentagon said, as Russia revealed more about its exercises.", "Pentagon")]
    public void The_first_voice_alone_gives_the_figure(string text, string origin)
    {
        var count = Assert.Single(Counts(text), c => c.Value == 1400);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Empty(count.Via);
    }

    [Theory]
    // Near miss: a voice of a later clause with a count of its own gives that count.
    [InlineData("Some 1,400 soldiers were moved east, the Pentagon said, while Russia warned that 400 more would follow.", 400, "Russia")]
    public void A_later_voice_keeps_its_own_count(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
