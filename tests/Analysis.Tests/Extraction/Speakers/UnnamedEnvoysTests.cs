namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's envoy or ambassador cited with no holder named ("Moscow's envoy said", "the Polish ambassador to Chile told
/// reporters") is one of the country's officials, as the DevSet header names "Moscow's envoy" ("Russian officials") and an
/// embassy's unnamed spokesman; the post after the title ("to Chile", "to the United Nations") is part of the office, so the
/// verb after it is the envoy's and the post does not speak. A holder named beside the office speaks as himself.
/// </summary>
public class UnnamedEnvoysTests
{
    private static string? By(string text, double value) => Assert.Single(Counts(text), c => c.Value == value).AttributedTo;

    [Theory]
    [InlineData("Moscow's envoy said about 1,200 soldiers would reach the base by June.", 1200, "Russian officials")]
    [InlineData("The Polish ambassador said 350 soldiers had been moved to the coast.", 350, "Polish officials")]
    [InlineData("A Turkish envoy told reporters that 900 soldiers were stationed on the island.", 900, "Turkish officials")]
    [InlineData("Norway's ambassador to Estonia said some 650 soldiers would take part in the drill.", 650, "Norwegian officials")]
    [InlineData("The Chilean ambassador to the Democratic Republic of Congo told reporters 300 soldiers had left.", 300, "Chilean officials")]
    [InlineData("Ghana's envoy to the United Nations said 750 peacekeepers would rotate out in May.", 750, "Ghanaian officials")]
    // Near misses: a holder named beside the office speaks as himself.
    [InlineData("Norway's ambassador to Estonia, Lars Dahl, said some 650 soldiers would take part in the drill.", 650, "Lars Dahl")]
    [InlineData("Norway's ambassador to Estonia Lars Dahl said some 650 soldiers would take part in the drill.", 650, "Lars Dahl")]
    [InlineData("Norwegian Ambassador Lars Dahl said some 650 soldiers would take part in the drill.", 650, "Lars Dahl")]
    // Near miss: an international body's envoy is the body.
    [InlineData("The UN envoy to Lebanon said 2,500 soldiers would stay in the south.", 2500, "United Nations")]
    public void The_envoy_speaks(string text, double value, string by) => Assert.Equal(by, By(text, value));

    [Theory]
    // The post after the title does not speak.
    [InlineData("The Chilean ambassador to the Democratic Republic of Congo told reporters 300 soldiers had left.", 300, "Democratic Republic of the Congo")]
    // Near miss: an envoy who is only recalled or sent says nothing.
    [InlineData("Estonia recalled its ambassador after 650 soldiers crossed the border.", 650, "Estonian officials")]
    public void Is_not_the_voice(string text, double value, string voice) => Assert.NotEqual(voice, By(text, value));
}
