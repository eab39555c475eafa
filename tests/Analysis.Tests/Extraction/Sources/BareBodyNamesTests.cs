namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bodies named bare: reporting names a body in full once
/// ("Ukraine's General Staff", "a U.S. Northern Command spokesperson") and bare elsewhere, before or after; the bare name is that
/// body, whatever other country its own sentence names, and a bare ministry the document never gives in full is the country's
/// the document speaks of, wherever in the document that country is named; in a document that speaks for no country, the
/// ministry British copy names bare ("the Ministry of Defence") is Britain's (afg21, res).
/// </summary>
public class BareBodyNamesTests
{
    [Theory]
    // The same body named in full earlier, though the bare name's sentence names another country and another country's body spoke last.
    [InlineData("Ukraine's General Staff on Monday released a map of the front. Russia's defence ministry said on Friday that its troops had retaken the village. Russian forces lost about 900 soldiers in the district, the General Staff said.",
        "Ukrainian General Staff")]
    // Named in full later (a headline's bare name, then the body in full).
    [InlineData("Northern Command says 300 Guard troops have arrived in Portland\n\nThe soldiers began their mission on Monday, a U.S. Northern Command spokesman told reporters.",
        "U.S. Northern Command")]
    // Never in full: the ministry of the country the document names, though it names it only after the ministry.
    [InlineData("The Ministry of Defence said 150 engineers would follow next month. The deployment brings the UK's presence in Estonia to about 1,000 personnel.",
        "British Defense Ministry")]
    // A document that speaks for no country: the proper name British copy gives its own ministry (home_named_bodies), a place aside.
    [InlineData("About 800 reservists will be called up for the operation in Basra, the Ministry of Defence said on Tuesday.", "British Defense Ministry")]
    public void A_bare_body_is_the_one_the_document_names_in_full(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The sentence's other country does not own a body the document named in full.
    [InlineData("Ukraine's General Staff on Monday released a map of the front. Russia's defence ministry said on Friday that its troops had retaken the village. Russian forces lost about 900 soldiers in the district, the General Staff said.",
        "Russian General Staff")]
    // Another country the document speaks of keeps the home convention off.
    [InlineData("India moved 3,000 troops to the border. The Ministry of Defence said 2,000 more would follow next week.", "British Defense Ministry")]
    // Only the home name: a bare "Defence Ministry" in a document with no country gets none.
    [InlineData("The Defence Ministry said 150 engineers would follow next month.", "British Defense Ministry")]
    public void A_bare_body_takes_no_country_the_document_does_not_give_it(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
