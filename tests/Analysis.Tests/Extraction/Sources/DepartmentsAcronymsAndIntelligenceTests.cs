namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bodies by more of the names copy gives them: a defence ministry called a department ("Australia's Department of Defence",
/// "the US defence department": the Pentagon), an acronym written as a word ("Nato", "Unifil"), a country's intelligence
/// service by what it is ("Finland's intelligence service", "South Korean secret services"), a force's name held by its
/// country's body ("the General Staff of Ukraine's Armed Forces"), and a body a later sentence names by its noun alone:
/// "the alliance said" after NATO only named, "the ministry said" after its minister. Each both ways where a nearby reading
/// must stay: an alliance inside a speaker's job title, a minister of no ministry, a word-like acronym in title case.
/// </summary>
public class DepartmentsAcronymsAndIntelligenceTests
{
    [Theory]
    // A defence ministry called a department, any case; the U.S. one is the Pentagon.
    [InlineData("About 1,000 soldiers will deploy to the north, Australia's Department of Defence said.", "Australian Defense Ministry")]
    [InlineData("About 1,000 soldiers will deploy to the north, the Australian Defence Department said.", "Australian Defense Ministry")]
    [InlineData("About 200 soldiers will join the mission, Canada's Department of National Defence said.", "Canadian Defense Ministry")]
    [InlineData("About 3,000 troops will go to Poland, the US defence department said.", "Pentagon")]
    [InlineData("About 3,000 troops will go to Poland, the ministry of defence of Poland said.", "Polish Defense Ministry")]
    // An acronym written as a word.
    [InlineData("About 300 peacekeepers were moved south, Unifil said.", "UNIFIL")]
    [InlineData("About 4,000 troops will join the battalions, Nato said.", "NATO")]
    [InlineData("About 300 peacekeepers were deployed to Bangui, Minusca said.", "MINUSCA")]
    // A country's intelligence service by what it is.
    [InlineData("About 3,000 Russian troops are near the border, Norway's intelligence service said.", "Norwegian intelligence")]
    [InlineData("About 3,000 Russian troops are near the border, the Dutch military intelligence service said.", "Dutch military intelligence")]
    // The plural is the country's intelligence as the bare word names it; the singular its one agency.
    [InlineData("Some 1,500 North Korean soldiers are training in Russia's Far East, South Korean secret services said.", "South Korean intelligence")]
    [InlineData("Some 1,500 North Korean soldiers are training in Russia's Far East, the South Korean secret service said.", "National Intelligence Service")]
    // A force's name held by its country's body.
    [InlineData("About 1,200 Russian troops were killed in the past day, the General Staff of Ukraine's Armed Forces said.", "Ukrainian General Staff")]
    [InlineData("About 3,000 troops took part in the drill, the General Staff of the Polish Armed Forces said.", "Polish General Staff")]
    // The owner named before the force's name with a possessive, not the sentence's first country.
    [InlineData("Russian forces lost about 1,200 soldiers in the past day, the Ukrainian military's General Staff said.", "Ukrainian General Staff")]
    // A body a later sentence names by its noun alone.
    [InlineData("NATO on Thursday released satellite images of the border. They show some 40,000 Russian troops, the alliance said.", "NATO")]
    [InlineData("Russia's defence minister, Sergei Shoigu, ordered the troops back to base. The drills involved more than 10,000 troops, the ministry said.", "Russian Defense Ministry")]
    [InlineData("German Defence Minister Boris Pistorius visited the base on Monday. About 4,800 soldiers will be based there by 2027, the ministry said.", "German Defense Ministry")]
    public void Is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    // An alliance inside a speaker's job title is only his office's.
    [InlineData("The four battalions of 1,000 soldiers each will strengthen the eastern flank, the secretary general of the Alliance, Jens Stoltenberg, said. NATO is focused on deterrence, he added.", "NATO")]
    // A prime minister heads no ministry: "the ministry" stays no one's.
    [InlineData("Prime Minister Donald Tusk visited the base. About 10,000 U.S. soldiers are stationed in Poland, the ministry said.", "Polish Defense Ministry")]
    // Two ministers of two ministries: "the ministry" may be either's.
    [InlineData("Defence Minister Boris Pistorius met Foreign Minister Annalena Baerbock. About 4,800 soldiers will be based there by 2027, the ministry said.", "German Defense Ministry")]
    public void Is_not_the_voice(string text, string voice) =>
        Assert.DoesNotContain(Counts(text), c => c.AttributedTo == voice);

    [Fact]
    // "Shape" is a word: only "SHAPE" in capitals is the allied headquarters, even where the title case stands as a voice would.
    // (A lower-case "shape" matches no spelling of the entry, with or without word_like_acronyms.)
    public void A_word_like_acronym_in_title_case_is_no_source() =>
        Assert.DoesNotContain(Counts("Some 4,000 troops will join the new force, Shape said."), c => c.AttributedTo == "SHAPE");

    [Fact]
    // The same acronym in capitals is the headquarters.
    public void A_word_like_acronym_in_capitals_is_its_source() =>
        Assert.Contains(Counts("Some 4,000 troops will join the new force, SHAPE said."), c => c.AttributedTo == "SHAPE");
}
