namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state's force that speaks by its bare noun, opening the sentence or after a comma, before a speech verb ("Police said
/// about 200 people took part", "…, police said."): the dateline's state's police, named as "a police spokesman" is. Near
/// misses: police not speaking ("Riot police held shields"), and police named with their state or an office ("Latvian police
/// said", "The police chief said"), which other readings name. The articles are ours.
/// </summary>
public class BareForceVoicesTests
{
    private const string Lead = "RIGA (Reuters) - Latvia's parliament voted on Friday to send 300 soldiers to the mission.";

    [Theory]
    [InlineData("Police said about 200 people rallied outside the building.")]
    [InlineData("About 200 people rallied outside the building, police said.")]
    public void Bare_police_speaking_are_the_datelines_police(string sentence) =>
        Assert.Contains(PageMentions("Latvia votes to send troops", Lead, sentence), m => m.Source == "Latvian police");

    [Fact]
    // Near miss: police who do not speak.
    public void Police_who_do_not_speak_are_no_source() =>
        Assert.DoesNotContain(PageMentions("Latvia votes to send troops", Lead, "Riot police held shields outside the building."), m => m.Source.Contains("police"));
}
