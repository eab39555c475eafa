namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Sources recognised by their shape, not by a list. An organisation's name (a run of capitalised
/// words with an organisation_heads word) owned by a country's possessive, or ending "of" a country; names in any script and
/// their transliterations; an outlet named before its noun or in apposition; a hyphenated qualifier; a title that opens a run;
/// a group's own name; a country's unit named without its country; a body inside a holder's job title; a country as a place.
/// </summary>
public class OrganisationShapesTests
{
    [Theory]
    [InlineData("Kenya's National Police Service said the officers had landed.", "Kenyan National Police Service")]
    [InlineData("Moldova's Information and Security Service said it had identified 300 Moldovans fighting for Russia.", "Moldovan Information and Security Service")]
    [InlineData("The Armed Forces of the Philippines said eight sailors were hurt.", "Armed Forces of the Philippines")]
    [InlineData("The Ghana Armed Forces said 400 troops had been deployed to the northern border.", "Ghana Armed Forces")]
    [InlineData("Andalus radio claimed the group had killed 60 soldiers.", "Andalus")]
    [InlineData("The Houthi-run Saba news agency said 12 people died in the strikes.", "Saba")]
    [InlineData("Mediapart, the investigative website, reported that 600 soldiers would leave Chad.", "Mediapart")]
    [InlineData("Tánaiste Micheál Martin told RTÉ that the troops would remain.", "Micheál Martin")]
    [InlineData("Tánaiste Micheál Martin told RTÉ that the troops would remain.", "RTÉ")]
    [InlineData("El presidente Volodímir Zelenski said 3,000 North Korean soldiers had been killed or wounded.", "Volodymyr Zelensky")]
    [InlineData("Deputy Kim Byung-joo of the Democratic Party said about 300 soldiers had died.", "Kim Byung-joo")]
    [InlineData("GOMA, Congo (AP) — M23 rebels said Thursday they had captured 1,200 soldiers.", "M23")]
    [InlineData("The JNIM group claimed in a statement that it had killed more than 50 soldiers.", "JNIM")]
    [InlineData("Western diplomats in Bamako said the Russian contingent now numbered about 1,000.", "Western diplomats")]
    [InlineData("Malaysian peacekeepers will remain in south Lebanon, the armed forces said. -- BERNAMA", "Bernama")]
    // A numbered unit keeps its name as written (many countries number their armies).
    [InlineData("Some 28,500 U.S. troops are stationed in South Korea. Eighth Army said 1,000 soldiers had completed their rotation.", "Eighth Army")]
    [InlineData("Radio y Televisión Martí reported that at least 200 Cubans had signed contracts.", "Radio y Televisión Martí")]
    [InlineData("The Chinese embassy in Kyiv said it had no information about its citizens.", "Chinese embassy in Kyiv")]
    [InlineData("About 1,000 British reservists will be called up. The Ministry of Defence said they would train in Estonia.", "British Defense Ministry")]
    [InlineData("InformNapalm reported that 200 Cubans had joined the Russian army.", "InformNapalm")]
    [InlineData("Some 300 soldiers died in the assault, according to Verstka.", "Verstka")]
    public void Finds_sources_by_their_shape(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Col. Xerxes Trinidad, the AFP's spokesman, told reporters that eight sailors were hurt.", "AFP")]
    [InlineData("A spokesman for the Kenya Defence Forces, Col. Zipporah Kioko, said 400 soldiers had been sent.", "Kenya Defence Forces")]
    [InlineData("A spokesman for the Kenya Defence Forces, Col. Zipporah Kioko, said 400 soldiers had been sent.", "Kenya")]
    [InlineData("The Chinese embassy in Kyiv said it had no information about its citizens.", "Ukraine")]
    [InlineData("About 1,000 British reservists will be called up. The Ministry of Defence said they would train in Estonia.", "Estonian Defense Ministry")]
    [InlineData("The Houthi-run Saba news agency said 12 people died in the strikes.", "Houthi-run Saba")]
    [InlineData("Deputy Kim Byung-joo of the Democratic Party said about 300 soldiers had died.", "Deputy Kim Byung-joo of the Democratic Party")]
    [InlineData("Western diplomats in Bamako said the Russian contingent now numbered about 1,000.", "Malian diplomats")]
    public void Does_not_name_what_only_shapes_a_source(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    [Theory]
    [InlineData("The Fano militia's radio station was seized near Gondar.")]
    [InlineData("Kenya's National Police Service has 100,000 officers.")]
    [InlineData("The 1,000-strong contingent is commanded by Maj. Gen. Innocent Kabandana, who served in the Central African Republic.")]
    [InlineData("Some 300 soldiers died in the assault, according to Monday's count.")]
    [InlineData("The InformNapalm leak named 200 Cuban men.")]
    public void Names_that_are_not_cited_are_not_sources(string text) => Assert.Empty(Mentions(text));
}
