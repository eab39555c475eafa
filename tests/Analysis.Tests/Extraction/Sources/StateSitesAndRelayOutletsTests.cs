namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Outlets the gazetteer lacked: China's state agency and portal as their English sites sign copy ("(ECNS) --", a closing
/// "(CIIC)": China News Service, China Internet Information Center), outlets that relay figures ("reported Euractiv", "taken up
/// by Business Insider"), and the encyclopedia explainers cite ("According to Wikipedia, …"). Near miss: Wikipedia named without
/// being cited is no source. The sentences are ours.
/// </summary>
public class StateSitesAndRelayOutletsTests
{
    [Theory]
    [InlineData("(ECNS) -- The remains of 25 soldiers of the Chinese People's Volunteers were flown home on Friday.", "China News Service")]
    [InlineData("The overall casualties of the volunteers came to 360,000.\n(CIIC)", "China Internet Information Center")]
    [InlineData("About 10,000 soldiers have arrived since September, reported Euractiv.", "Euractiv")]
    [InlineData("The number could reach 15,000, Business Insider reported, citing a translation of the interview.", "Business Insider")]
    [InlineData("According to Wikipedia, 309 soldiers were killed and 909 went missing.", "Wikipedia")]
    public void The_outlet_is_named_by_its_own_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: named, not cited.
    [InlineData("A Wikipedia page on the war lists the battles; 300 soldiers held the bridge.")]
    public void An_uncited_encyclopedia_is_no_source(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Wikipedia");
}
