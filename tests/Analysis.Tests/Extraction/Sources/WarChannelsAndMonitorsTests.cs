namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Telegram channels, independent sites and monitoring projects of the war in Ukraine cited by their one-word names ("according to
/// Militarnyi", "the DeepState monitoring group said", "the Belarusian monitoring group Hajun said"), and Ukraine's body for prisoners
/// of war under its long and short names: sources the gazetteer knows. Everyday phrases that look like channel names ("the grey
/// zone", "the deep state") stay no source.
/// </summary>
public class WarChannelsAndMonitorsTests
{
    [Theory]
    [InlineData("According to Militarnyi, about 300 Russian soldiers were killed near Vovchansk in a week.", "Militarnyi")]
    [InlineData("About 1,200 convicts were among the dead, Agentstvo counted.", "Agentstvo")]
    [InlineData("Russian forces advanced 2 km near Pokrovsk with about 400 troops, the DeepState monitoring group said.", "DeepState")]
    [InlineData("About 150 Russian soldiers crossed into Belarus overnight, the Belarusian monitoring group Hajun said.", "Belaruski Hajun")]
    [InlineData("A total of 150 Ukrainian soldiers returned home in the exchange, the Coordination Headquarters for the Treatment of Prisoners of War said.", "Coordination Headquarters for the Treatment of Prisoners of War")]
    [InlineData("Of the 390 people freed, 270 were soldiers, the Coordination Headquarters said.", "Coordination Headquarters for the Treatment of Prisoners of War")]
    public void Named_channel_or_body(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 2,000 Russian soldiers remained in the grey zone near the river, the WarGonzo channel said.", "Grey Zone")]
    [InlineData("Russia now has some 600,000 troops in the deep state of the occupied south, the DeepState project said.", "Deep State")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
