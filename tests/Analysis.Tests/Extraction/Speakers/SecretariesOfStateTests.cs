namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A secretary of state as British and American copy names one, in either case ("the defence secretary", "the Defence
/// Secretary", "the foreign secretary"), speaks for the ministry of the sentence's country, as "the defence minister" does.
/// </summary>
public class SecretariesOfStateTests
{
    [Theory]
    [InlineData("Britain will send 350 more marines to Poland, the defence secretary told parliament.", "British Defense Ministry")]
    [InlineData("Britain will send 350 more marines to Poland, the Defence Secretary said.", "British Defense Ministry")]
    [InlineData("Britain will send 350 more marines to Poland, the Defence Minister said.", "British Defense Ministry")]
    [InlineData("Britain will send 350 more marines to Poland, the foreign secretary said.", "British Foreign Ministry")]
    public void The_secretary_speaks_for_the_ministry(string passage, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(passage)).AttributedTo);

    [Fact]
    public void A_press_secretary_heads_no_ministry() =>
        Assert.DoesNotContain(Mentions("Britain will send 350 more marines to Poland, the press secretary said."), m => m.Source.Contains("Ministry", StringComparison.Ordinal));
}
