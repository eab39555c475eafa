namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed service named bare, in capitals as copy names it ("A week later the Marine Corps announced …"), in a document
/// that speaks for one country: that country's service, as "the Army said" is. Sentences of our own.
/// </summary>
public class BareServicesTests
{
    [Theory]
    [InlineData("American troops were ordered to Saudi Arabia. A week later the Marine Corps announced it was committing 45,000 Marines to the gulf.", "U.S. Marine Corps")]
    [InlineData("South Korean troops held drills on Yeonpyeong. The Marine Corps said 1,200 marines took part.", "South Korean Marine Corps")]
    // "the army said" after the document named a country's army: that army, though no voice of it was cited before.
    [InlineData("The Lebanese army commander visited the border on Saturday. The army said 6,000 soldiers would deploy in the south.", "Lebanese Army")]
    [InlineData("Qatar's armed forces received the first Turkish unit on Tuesday. The military said 3,000 soldiers would be based there.", "Qatari military")]
    public void A_bare_service_is_the_documents_countrys(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Two owners and no state voice: whose corps it is stays open.
    [InlineData("American and British troops were ordered to the gulf. The Marine Corps said 1,200 more would follow.")]
    public void A_bare_service_takes_no_country_the_document_does_not_give_it(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith(" Marine Corps", StringComparison.Ordinal) && m.Source != "Marine Corps");

    [Theory]
    // Troops of a country are not its service named: "the army" stays open.
    [InlineData("Lebanese troops visited the border on Saturday. The army said 6,000 soldiers would deploy in the south.")]
    public void Troops_name_no_service(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Lebanese Army");
}
