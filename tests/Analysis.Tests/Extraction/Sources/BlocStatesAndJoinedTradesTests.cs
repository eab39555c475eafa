namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices of real pages the kit once cited nowhere: a bloc's states named as one voice ("Western governments say", "NATO allies
/// believe", "according to the West", "Kyiv and its Western allies say"), "western" in lower case before a group's word ("western
/// officials say") and two trade words joined before one noun of sources ("diplomatic and security sources"). Near misses: a bloc
/// that acts rather than speaks, "western" as a place's adjective, a bloc after a word that makes it an owner or a place, and
/// trade words that name no voice. Our own sentences.
/// </summary>
public class BlocStatesAndJoinedTradesTests
{
    [Theory]
    [InlineData("Western governments say about 2,000 Wagner fighters are in Mali.", 2000, "Western governments")]
    [InlineData("Some 11,000 North Korean soldiers were sent to Russia, according to Western countries.", 11000, "Western countries")]
    [InlineData("NATO allies say some 10,000 North Korean troops are training in eastern Russia.", 10000, "NATO allies")]
    [InlineData("Around 4,000 North Korean soldiers have been killed or wounded, European governments believe.", 4000, "European governments")]
    [InlineData("Ukraine's western allies say 11,000 North Korean soldiers are in Kursk.", 11000, "Western allies")]
    [InlineData("The West says about 11,000 North Korean soldiers are fighting in Kursk.", 11000, "West")]
    [InlineData("Some 4,000 North Korean soldiers have been killed or wounded, western officials say.", 4000, "Western officials")]
    [InlineData("According to diplomatic and security sources, some 2,000 paramilitaries are in the country.", 2000, "diplomatic sources")]
    [InlineData("Security and diplomatic sources say about 600 Russian instructors have landed in Bangui.", 600, "security sources")]
    public void The_voice_gives_the_figure(string text, double value, string origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // Joined with a country, the first speaker gives the figure and both are cited.
    [InlineData("Kyiv and its Western allies say more than 10,000 North Korean troops are in Russia.", 10000, "Ukraine", "Western allies")]
    [InlineData("Ukraine and Western countries say around 4,000 North Korean soldiers have been killed or wounded.", 4000, "Ukraine", "Western countries")]
    [InlineData("Ukraine and the West say more than 600,000 Russian soldiers have been killed or wounded.", 600000, "Ukraine", "West")]
    [InlineData("Ukrainian and western officials say 11,000 North Korean troops are in Kursk.", 11000, "Ukrainian officials", "Western officials")]
    [InlineData("Some 2,000 Wagner fighters are in Mali, diplomatic and intelligence sources said.", 2000, "diplomatic sources", "intelligence sources")]
    public void Both_are_cited_and_the_first_gives_the_figure(string text, double value, string origin, string other)
    {
        Assert.Equal(origin, Origin(text, value));
        Assert.Contains(other, Sources(text));
    }

    [Theory]
    [InlineData("Western countries have sent 2,000 troops to Estonia this year.", "Western countries")]
    [InlineData("Zelensky called on Western allies to send more air defences as 11,000 North Korean troops massed in Kursk.", "Western allies")]
    [InlineData("NATO allies held drills with 3,000 troops in Lithuania.", "NATO allies")]
    [InlineData("The West has yet to respond to the arrival of 11,000 North Korean troops.", "West")]
    [InlineData("The West African force has 1,500 troops in the country.", "West")]
    [InlineData("Western and Arab governments have put at least 100,000 more troops into the gulf area.", "Arab governments")]
    [InlineData("The intelligence services of South Korea and of Western countries say 11,000 North Korean soldiers were sent.", "Western countries")]
    [InlineData("About 11,000 North Korean troops are in western Russia, officials said.", "Western officials")]
    [InlineData("Pro-Western governments say 2,000 Wagner fighters are in Mali.", "Western governments")]
    [InlineData("Diplomatic and security ties have grown since 2,000 Russian instructors arrived.", "diplomatic sources")]
    public void No_voice_is_cited(string text, string source) =>
        Assert.DoesNotContain(source, Sources(text));
}
