namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// One source, by one name, however copy names it. A body by a short form (a droppable prefix: "the
/// Thai army" for the Royal Thai Army) or by an acronym the document defines or a cited body's initials spell; a person without
/// a rank written without stops ("Maj Gen"), or spelled as German, French or Spanish copy spells a Slavic name; a country's
/// council that shares the UN's bare name; a country's "side"; generic media and reports; credit lines after a colon, between
/// slashes or after a "SOURCE:" label.
/// </summary>
public class ShortFormsAndAcronymsTests
{
    [Theory]
    [InlineData("The Thai army said on Monday that nine of its soldiers had been wounded near the temple.", "Royal Thai Army")]
    [InlineData("Thailand's army said 800 soldiers had been sent to the Chong Bok pass.", "Royal Thai Army")]
    [InlineData("The Pakistani military's media wing, Inter-Services Public Relations (ISPR), issued a statement. Two soldiers were killed, ISPR said.", "Inter-Services Public Relations")]
    [InlineData("The Armed Forces of the Philippines (AFP) flew 300 troops to Jolo. The AFP said more would follow.", "Armed Forces of the Philippines")]
    [InlineData("The Royal Cambodian Armed Forces said 6 soldiers were hurt. The RCAF said the wounded had been taken to Siem Reap.", "Royal Cambodian Armed Forces")]
    [InlineData("Brig Gen Anil Mehta, an army spokesman, said 400 troops had been moved to the sector.", "Anil Mehta")]
    [InlineData("Sergej Schoigu said North Korea would send 5,000 military builders.", "Sergei Shoigu")]
    [InlineData("Serguéi Shoigú announced that Pyongyang would send 1,000 sappers.", "Sergei Shoigu")]
    [InlineData("Wolodymyr Selenskyj said 3,000 North Korean soldiers had been killed or wounded.", "Volodymyr Zelensky")]
    [InlineData("At least 50 servicemen were killed, the Security Council of Armenia said.", "Security Council of Armenia")]
    [InlineData("The Azerbaijani side said two of its soldiers were wounded.", "Azerbaijan")]
    [InlineData("Britain's Defence Intelligence said some 1,500 troops had moved to the border.", "British Defence Intelligence")]
    [InlineData("The army has moved 3,000 troops to the border, local media reported.", "local media")]
    [InlineData("Unconfirmed reports put the number of fighters in the town at 4,000.", "unconfirmed reports")]
    [InlineData("At least 30 soldiers have been killed since Friday, reports said.", "reports")]
    [InlineData("Jammu, June 2 (ANI): The Army has sent 2,000 more troops to the Poonch sector, officials said.", "ANI")]
    [InlineData("Turkey has sent 1,000 commandos to the border, the defence ministry said.\nSOURCE: AA", "Anadolu Agency")]
    [InlineData("Six Armenian soldiers were killed in the shelling, the ministry said. /Trend/", "Trend News Agency")]
    [InlineData("(MENAFN) The Thai army said 12 soldiers were wounded on Sunday.", "MENAFN")]
    // Successive missions are bodies of their own, not one renamed (batch E's analyst: ATMIS was read as AMISOM).
    [InlineData("ATMIS said 2,000 of its troops would leave Somalia by June.", "ATMIS")]
    [InlineData("The African Union Support and Stabilization Mission in Somalia said 11,900 troops were authorised.", "AUSSOM")]
    public void Names_each_source_once_by_its_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The short form is read only for the same country, and a name that is the prefix and one word keeps its prefix.
    [InlineData("The Thai army said on Monday that nine of its soldiers had been wounded near the temple.", "Thai Army")]
    [InlineData("The Royal Navy said 300 sailors would sail with the carrier.", "Navy")]
    // A defined acronym wins over the agency the gazetteer knows by the same letters; the defined one is not read twice.
    [InlineData("The Armed Forces of the Philippines (AFP) flew 300 troops to Jolo. The AFP said more would follow.", "AFP")]
    [InlineData("The Pakistani military's media wing, Inter-Services Public Relations (ISPR), issued a statement. Two soldiers were killed, ISPR said.", "ISPR")]
    [InlineData("Brig Gen Anil Mehta, an army spokesman, said 400 troops had been moved to the sector.", "Brig Gen Anil Mehta")]
    [InlineData("Maj Gen Asif Ghafoor, Director General of the media wing, said 60 soldiers had been killed.", "Director General")]
    [InlineData("At least 50 servicemen were killed, the Security Council of Armenia said.", "UN Security Council")]
    [InlineData("The secretary of the Russian Security Council, Sergei Shoigu, said 6,000 soldiers would be sent.", "UN Security Council")]
    [InlineData("National Security Council spokesman John Kirby said about 3,000 troops had moved east.", "UN Security Council")]
    // A body told something is the audience, not a source.
    [InlineData("Ukraine's envoy told the UN Security Council that 10,000 North Korean troops were in Kursk.", "UN Security Council")]
    [InlineData("In December Ukrainian foreign intelligence identified 150 foreign nationals in Russia's army.", "foreign intelligence")]
    public void Does_not_name_a_source_by_another_form(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    [Theory]
    [InlineData("The UN Security Council said 13 peacekeepers had been killed.", "UN Security Council")]
    [InlineData("The Security Council said on Tuesday that the mission would keep its 11,000 troops.", "UN Security Council")]
    [InlineData("MANILA, Oct 3 (AFP) - Some 700 soldiers have been sent to Marawi, the military said.", "AFP")]
    public void Keeps_the_international_body_and_the_agency_where_nothing_says_otherwise(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
