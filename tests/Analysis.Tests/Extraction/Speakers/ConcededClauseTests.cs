namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure in a clause the sentence concedes before a voice sets something else against it is the writer's: a clause that opens
/// the sentence with "Although" or "Though" up to its first comma ("Although Ghana had offered 500 soldiers, the minister said
/// that …"), or one followed by ", but" and a voice whose words come after its verb ("Chad had pledged some 1,000 troops, but the
/// foreign minister said Tuesday that …"). The voice said only its own clause; it had taken the figure. Not a figure inside the
/// voice's own words after the comma, nor one before a voice that closes the sentence ("…, but more are coming, X said"). The
/// sentences are ours, in the shape of wire and regional copy on pledged contingents.
/// </summary>
public class ConcededClauseTests
{
    [Theory]
    [InlineData("Although Ghana had offered 500 soldiers, Defence Minister Kofi Mensah said on Friday that only a company would travel this month.")]
    [InlineData("Though 1,200 police officers were promised, Interior Minister Ana Costa said that the first flight would carry far fewer.")]
    [InlineData("Chad had pledged some 1,000 troops to the force, but Foreign Minister Ali Mahamat said Tuesday that the timing was still open.")]
    [InlineData("About 800 Marines are already in the region, but Pentagon spokesman John Kirby told reporters that no decision had been taken.")]
    public void The_conceded_figure_is_the_writers(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: the figure is in the voice's own words after the comma, and a voice that closes the sentence says all of it.
    [InlineData("Although fighting continues, Pentagon spokesman John Kirby said 800 Marines had arrived.")]
    [InlineData("About 800 Marines have arrived, but more are coming, Pentagon spokesman John Kirby said.")]
    public void The_voice_still_gives_it(string text) =>
        Assert.Equal("John Kirby", Assert.Single(Counts(text)).AttributedTo);
}
