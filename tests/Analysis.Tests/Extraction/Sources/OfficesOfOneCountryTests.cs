namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An office or a body named without its country or its holder ("the defence ministry said", "the foreign minister said",
/// "the army said", "a defence ministry spokesman said") in a one-country story is that country's body, as the DevSet header
/// names "the Foreign Ministry" in a Colombian story and "the army" in a Senegalese one; the country is the one that opened a
/// sentence as its actor, where the story names no other. A ministry named by its kind takes up only a ministry of that kind.
/// The sentences are ours.
/// </summary>
public class OfficesOfOneCountryTests
{
    [Theory]
    // The story's one country opens a sentence; the office speaks in a later one, before, after or with "according to".
    [InlineData("Hungary is moving more soldiers east. The defence ministry said 1,200 soldiers had arrived at the border.", 1200, "Hungarian Defense Ministry")]
    [InlineData("Hungary is moving more soldiers east. Some 1,200 soldiers had arrived at the border, the foreign minister said.", 1200, "Hungarian Foreign Ministry")]
    [InlineData("Hungary is moving more soldiers east. The army said 1,200 soldiers had arrived at the border.", 1200, "Hungarian Army")]
    [InlineData("Hungary is moving more soldiers east. According to the interior ministry, 1,200 soldiers had arrived at the border.", 1200, "Hungarian Interior Ministry")]
    [InlineData("Hungary is moving more soldiers east. A defence ministry spokesman said 1,200 soldiers had arrived at the border.", 1200, "Hungarian Defense Ministry")]
    // A ministry of another kind named before is not the one that speaks.
    [InlineData("Hungary's foreign minister said talks would go on. The defence ministry said 1,200 soldiers had arrived at the border.", 1200, "Hungarian Defense Ministry")]
    // Near misses: the office acts and does not speak; the country is only the troops' demonym; a second country is named.
    [InlineData("Hungary is moving more soldiers east. The defence minister visited the 1,200 soldiers at the border.", 1200, null)]
    [InlineData("North Korean troops are fighting in Kursk. The defence ministry said 1,200 soldiers had arrived.", 1200, null)]
    [InlineData("Hungary is moving soldiers to the Serbian border. The defence ministry said 1,200 soldiers had arrived.", 1200, null)]
    public void Bare_office_of_the_one_country(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
    }

    [Theory]
    // "the air force" is a country's air force, as "the army" is its army: the story's one country's, or one named before.
    [InlineData("Hungary is moving more airmen east. The air force said 300 airmen had arrived at the base.", 300, "Hungarian Air Force")]
    [InlineData("Hungary is moving more airmen east. About 300 airmen had arrived at the base, the air force said.", 300, "Hungarian Air Force")]
    // Not the army cited before it.
    [InlineData("Hungary's army said 1,200 soldiers had arrived. The air force said 300 airmen had arrived at the base.", 300, "Hungarian Air Force")]
    // Near misses: the air force named before is the one; an air force that acts does not speak.
    [InlineData("Hungary's air force said 20 pilots had been killed. The air force said 300 airmen had arrived at the base.", 300, "Hungarian Air Force")]
    [InlineData("Hungary is moving more airmen east. The air force flew 300 airmen to the base.", 300, null)]
    public void Bare_air_force(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
    }
}
