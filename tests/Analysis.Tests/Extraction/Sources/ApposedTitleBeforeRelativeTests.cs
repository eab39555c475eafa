namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A person's title in apposition, then a relative clause, then the verb ("Sergei Shoigu, Secretary of the Security Council of
/// Russia, who visited Pyongyang, announced …"): the person speaks, not a body named by the title. Near miss: the title alone
/// with no person before it speaks as the title. The articles are ours.
/// </summary>
public class ApposedTitleBeforeRelativeTests
{
    private const string Lead = "SEOUL, June 17 (Kyodo) - North Korea will send 6,000 more personnel to Russia's Kursk region.";

    [Theory]
    [InlineData("Sergei Shoigu, Secretary of the Security Council of Russia, who visited Pyongyang, announced that North Korea will send 1,000 engineers.")]
    [InlineData("Nikolai Patrushev, Secretary of the Security Council of Russia, who met Kim on Tuesday, said North Korea will send 1,000 engineers.")]
    public void The_person_before_the_title_speaks(string sentence)
    {
        var mentions = PageMentions("North Korea to send 6,000 to Kursk", Lead, sentence);
        Assert.Contains(mentions, m => m.Source is "Sergei Shoigu" or "Nikolai Patrushev");
        Assert.DoesNotContain(mentions, m => m.Source.StartsWith("Secretary", StringComparison.Ordinal));
    }

    [Fact]
    // Near miss: a title with no person before it.
    public void A_title_alone_speaks_as_itself() =>
        Assert.Contains(PageMentions("North Korea to send 6,000 to Kursk", Lead, "The Secretary of the Security Council of Russia said North Korea will send 1,000 engineers."),
            m => m.Source.StartsWith("Secretary", StringComparison.Ordinal));
}
