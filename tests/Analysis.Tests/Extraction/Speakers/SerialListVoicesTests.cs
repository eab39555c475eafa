namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices listed with a serial comma before the verb ("Norway, Denmark, and Finland estimate that …") are coordinated as they are
/// without it: the first named is the origin, not the last one, nearest the verb. Not a list of places the troops go to, nor
/// a list of hosts before another voice's verb. The sentences are ours.
/// </summary>
public class SerialListVoicesTests
{
    [Theory]
    [InlineData("Norway, Denmark, and Finland estimate that 4,000 Russian troops took part in the drill.", "Norway")]
    [InlineData("Estonia, the U.K., and Poland said 900 Belarusian soldiers had massed near the border.", "Estonia")]
    // Near misses: places in a list, and hosts in a list before another voice.
    [InlineData("Russia moved 5,000 troops to Belarus, Armenia, and Syria, Ukraine said.", "Ukraine")]
    [InlineData("Lithuania, Latvia, and Poland will each host 1,200 German soldiers, the Pentagon said.", "Pentagon")]
    public void The_first_listed_voice_is_the_origin(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
