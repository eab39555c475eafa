namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Session 22's review: near misses of the rules that session merged (and of two older ones), in sentences of our own. Each
/// theory has rows where the rule must fire and rows where the same shape must not.
/// </summary>
public class ReviewS22Tests
{
    [Theory]
    [InlineData("Some 4,500 troops could be withdrawn, Censor.NET reports.", "Censor.NET", true)]
    [InlineData("Some 4,500 troops could be withdrawn, Gazeta.Ru reports.", "Gazeta.Ru", true)]
    // A sentence run on without its space after the full stop names no site.
    [InlineData("About 300 soldiers were wounded, he told reporters.By Friday, 2,000 troops had left.", "reporters.By", false)]
    [InlineData("About 300 soldiers were killed, according to officials.In all, 2,000 troops remain.", "officials.In", false)]
    [InlineData("About 300 soldiers were wounded, the army said.It added that 2,000 troops had left.", "said.It", false)]
    public void A_web_ending_in_capitals_names_a_site_not_a_run_on_sentence(string text, string source, bool named) =>
        Assert.Equal(named, Mentions(text).Any(m => m.Source == source));
}
