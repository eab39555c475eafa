namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An unnamed voice placed in a capital ("a security source in Bangui", "a military source in Kyiv") is that capital's country's,
/// also where the document cited another state's voice before it, whose country would else stand for the voice ("MOSCOW (Reuters)
/// - … Russia's foreign ministry said. A security source in Bangui said …"). Near miss: a diplomatic voice in a capital is as often
/// posted there by another state and keeps no country from it.
/// </summary>
public class PlacedVoicesAfterStateVoicesTests
{
    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia has sent an extra 300 military instructors to the Central African Republic, Russia's foreign ministry said on Tuesday. A security source in Bangui said earlier on Monday that Rwanda had sent 500 troops.", "Central African security sources")]
    [InlineData("SEOUL (Yonhap) - The spy agency said 3,000 North Korean troops had arrived in Russia. A military source in Kyiv said 500 more were on the way.", "Ukrainian military sources")]
    [InlineData("WASHINGTON (AP) - The Pentagon said 2,000 troops would deploy. A government source in Warsaw said 600 of them would go to Poland.", "Polish government sources")]
    public void The_capital_names_the_voice(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    // A diplomatic voice posted in a capital takes no country from it.
    public void A_diplomatic_source_keeps_no_country_from_the_capital() =>
        Assert.DoesNotContain(Mentions("WASHINGTON (Reuters) - The Pentagon said 2,000 troops would deploy. A diplomatic source in Bangui said that Rwanda had sent 500 troops."),
            m => m.Source.StartsWith("Central African", StringComparison.Ordinal));
}
