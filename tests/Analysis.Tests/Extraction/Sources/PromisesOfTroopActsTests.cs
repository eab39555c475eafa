namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A named person who promises to keep, withdraw or cut troops is a source of the story, a promise being a speech act that
/// names its maker (the DevSet header), though no verb of saying cites them: "President X promised to withdraw the N troops",
/// "Prime Minister Y pledged at the weekend to keep her country's N soldiers". Near misses: a promise of anything else, and a
/// country's or capital's promise (an unowned pledge by the header). Sentences of our own.
/// </summary>
public class PromisesOfTroopActsTests
{
    [Theory]
    [InlineData("Two years ago, President Ana Ruiz promised to withdraw the roughly 800 soldiers based in the valley.", "Ana Ruiz")]
    [InlineData("Prime Minister Tomas Berg pledged at the weekend to keep his country's 150 troops in the mission until June.", "Tomas Berg")]
    [InlineData("Defence Minister Lena Holt has vowed to bring home all 300 engineers before winter.", "Lena Holt")]
    // Words joined by a hyphen or an apostrophe between the verb and its "to", as the attribution reads the promise.
    [InlineData("Defence Minister Lena Holt pledged in mid-March to withdraw the 300 engineers before winter.", "Lena Holt")]
    [InlineData("Prime Minister Tomas Berg vowed at Lima's request to keep his country's 150 troops in the mission.", "Tomas Berg")]
    public void A_person_who_promises_an_act_on_troops_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a promise of another act, and a capital's promise.
    [InlineData("Two years ago, President Ana Ruiz promised to hold elections while 800 soldiers guarded the polls.", "Ana Ruiz")]
    [InlineData("Paris promised to withdraw the roughly 800 soldiers based in the valley.", "France")]
    public void A_promise_of_another_act_or_a_capital_is_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
