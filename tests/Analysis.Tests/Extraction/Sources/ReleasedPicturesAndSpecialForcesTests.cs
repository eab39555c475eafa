namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Pictures a body gives out speak for it as its statements do ("the Russian defence ministry's footage shows …", "the ministry
/// released video showing …"), as the DevSet header has a ministry that publishes images be a source; and a country's special
/// operations forces are one of its services, named bare after the country was ("The Special Operations Forces released footage"
/// in a Kyiv story: the Ukrainian Special Operations Forces). Near misses: footage of no one's stays no one's, and special
/// operations forces counted as troops are not a voice.
/// </summary>
public class ReleasedPicturesAndSpecialForcesTests
{
    [Theory]
    [InlineData("The Russian defence ministry's footage shows about 2,000 soldiers crossing the river.", "Russian Defense Ministry")]
    [InlineData("Russia's defence ministry released video showing about 2,000 North Korean soldiers at a training ground.", "Russian Defense Ministry")]
    [InlineData("MOSCOW - The defence ministry's video showed about 2,000 soldiers at the ceremony.", "Russian Defense Ministry")]
    // Two kinds of pictures after "according to", and who released them.
    [InlineData("North Korean soldiers are now clearing mines in Kursk, according to photographs and video released by Russia's defence ministry, which show 1,000 of them at work.", "Russian Defense Ministry")]
    public void The_publisher_of_the_pictures_speaks(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Fact]
    public void A_countrys_special_operations_forces_named_bare_are_its_service() =>
        Assert.Contains(Mentions("KYIV - Ukraine's special operations forces said they had killed 50 North Korean soldiers. The Special Operations Forces released footage of the strikes."),
            m => m.Source == "Ukrainian Special Operations Forces");

    [Fact]
    // Footage no one is said to have given out speaks for no one.
    public void Footage_of_no_one_is_no_voice() =>
        Assert.All(Counts("Footage shared online shows about 2,000 soldiers crossing the river."), c => Assert.Null(c.AttributedTo));

    [Fact]
    // Special operations forces counted as troops are the troops, not a voice.
    public void Special_operations_troops_are_no_voice() =>
        Assert.DoesNotContain(Mentions("About 200 U.S. special operations forces will stay in Syria, the Pentagon said."),
            m => m.Source.Contains("Special Operations", StringComparison.OrdinalIgnoreCase));
}
