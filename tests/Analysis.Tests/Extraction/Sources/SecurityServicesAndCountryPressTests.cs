namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's security service by its possessive or adjective in lower case, as wire copy names it ("Ukraine's security service
/// said": the SBU; "Russia's security service": the FSB), and a service's acronym followed by what it is before the verb ("the SBU
/// security service said", "Russia's FSB security service announced"). A country's press is its media ("the South Korean press
/// wrote": South Korean media). Near misses: a security service with no country names no body, and a body's press unit or
/// release ("the presidential press service", "a press release") is no country's media.
/// </summary>
public class SecurityServicesAndCountryPressTests
{
    [Theory]
    [InlineData("More than 200 wounded North Korean soldiers were taken to a hospital near Moscow, Ukraine's security service said.", "SBU")]
    [InlineData("About 150 foreign fighters crossed the border last month, the Ukrainian security service said on Friday.", "SBU")]
    [InlineData("Two North Korean soldiers were captured in Kursk, the SBU security service said on Sunday.", "SBU")]
    [InlineData("About 40 Ukrainian saboteurs were detained in Bryansk, Russia's FSB security service announced.", "FSB")]
    [InlineData("About 40 Ukrainian saboteurs were detained in Bryansk, Russia's security service said.", "FSB")]
    [InlineData("The Russian Federal Security Service said about 40 saboteurs had been detained.", "FSB")]
    public void The_security_service_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Citing anonymous sources, the South Korean press wrote that about 12,000 soldiers could be sent.", "South Korean media")]
    [InlineData("About 200 North Korean soldiers moved to forward guard posts, according to a South Korean press report.", "South Korean media")]
    [InlineData("The Japanese press said about 300 soldiers had been killed.", "Japanese media")]
    public void A_countrys_press_is_its_media(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // No country: no body is named.
    [InlineData("About 40 saboteurs were detained, the security service said.")]
    public void A_bare_security_service_names_no_body(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source is "SBU" or "FSB");

    [Theory]
    // A body's press unit or release is no country's media.
    [InlineData("About 200 soldiers were killed, the Russian presidential press service said.")]
    [InlineData("About 200 soldiers were killed, a Ukrainian press release said.")]
    [InlineData("About 200 soldiers were killed, the Ukrainian press office said.")]
    public void A_press_unit_is_no_countrys_media(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith(" media", StringComparison.Ordinal));

    [Fact]
    // The figure is the service's.
    public void The_figure_is_the_services() =>
        Assert.Contains(Counts("More than 220 North Korean soldiers have been moved to a Moscow hospital, Ukraine's security service said."),
            c => c.Value == 220 && c.AttributedTo == "SBU");
}
