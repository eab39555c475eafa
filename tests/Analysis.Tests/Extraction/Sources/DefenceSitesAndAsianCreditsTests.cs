namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Outlets by the names Asian and European copy gives them when relaying Ukrainian reporting (and AFP as translated copy names it,
/// "France Presse"): RBC-Ukraine without its hyphen
/// ("RBC Ukraine reported"), the defence site Global Defense Corp in either spelling, Indonesia's Kompas TV by its dateline
/// ("JAKARTA, KOMPAS.TV - …"); and an outlet described by its trade ("citing the military site …", "the military outlet
/// Militarnyi"), which cites the outlet and no military. Near misses: "the military" alone still stands for the military named
/// before, and a "military source" stays a source.
/// </summary>
public class DefenceSitesAndAsianCreditsTests
{
    [Theory]
    [InlineData("About 500 North Korean soldiers were killed in Kursk, RBC Ukraine reported on Sunday, citing the military site Global Defence Corp.", "Global Defense Corp")]
    [InlineData("About 500 North Korean soldiers were killed in Kursk, RBC Ukraine reported on Sunday, citing the military site Global Defence Corp.", "RBC-Ukraine")]
    [InlineData("About 500 North Korean soldiers were killed in the strike, the defense news publisher Global Defense Corporation said.", "Global Defense Corp")]
    [InlineData("JAKARTA, KOMPAS.TV - About 500 North Korean soldiers were killed in Kursk, Ukrainian media reported.", "Kompas TV")]
    [InlineData("About 500 North Korean soldiers were killed in Kursk, RBC-Ukraine reported, citing the military outlet Militarnyi.", "Militarnyi")]
    // Translated copy's name for AFP without "Agence" ("France Presse reports"; Portuguese credits "Agência France-Presse").
    [InlineData("More than 63.000 Russian soldiers have fought in Syria, the Russian Defence Ministry said on Wednesday, France Presse reports.", "AFP")]
    public void The_outlet_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // An outlet described by its trade is no military voice.
    [InlineData("About 500 North Korean soldiers were killed in Kursk, RBC-Ukraine reported, citing the military outlet Militarnyi.")]
    [InlineData("About 500 North Korean soldiers were killed in Kursk, RBC Ukraine reported on Sunday, citing the military site Global Defence Corp.")]
    public void No_military_is_cited(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith(" military", StringComparison.Ordinal));

    [Fact]
    // "The military" alone still takes up the military named before.
    public void The_military_alone_is_the_one_named_before() =>
        Assert.Contains(Counts("Ukraine's army moved 500 soldiers to Kursk. The military said 30 were wounded."),
            c => c.Value == 30 && c.AttributedTo == "Ukrainian military");
}
