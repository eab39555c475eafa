namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// Readings an earlier build got right and a later rule broke (the reviewer's sentences and ones of the same
/// shape): each row asserts the older, right answer beside a row the rule was written for.
/// </summary>
public class EarlierBuildReadingsTests
{
    private static IReadOnlyList<TroopCount> Figures(string text) =>
        Extractor.Default.Extract(CorpusLoader.FromText(text, "t")).TroopCounts;

    private static TroopCount Of(string body, double value) =>
        Assert.Single(Figures("Untitled\n\n" + body), c => c.Value == value);

    [Theory]
    // A peak in a future sentence is a plan, not the force before a cut; a peak in the past still is.
    [InlineData("The UN mission will number 2,500 troops at its peak, officials said.", 2_500d, EstimateStatus.Planned)]
    [InlineData("The mission numbered 5,000 soldiers at its height in 2019.", 5_000d, EstimateStatus.Earlier)]
    // A country pronoun before the figure blocks a plan after keeping or withdrawing verbs, not after sending verbs.
    [InlineData("Pyongyang plans to send its 5,000 soldiers to Kursk next month, Seoul said.", 5_000d, EstimateStatus.Planned)]
    [InlineData("France would withdraw about half of its 5,000 troops from the Sahel.", 5_000d, EstimateStatus.Current)]
    // "considered to have sent" reports what is thought done, not a plan.
    [InlineData("North Korea, which is considered to have sent about 11,000 troops to Russia, denies any deal.", 11_000d, EstimateStatus.Current)]
    // Keeping verbs after "can" state a capacity there now; after a plan cue they are a plan.
    [InlineData("Russia can maintain about 600,000 troops in Ukraine, Western officials say.", 600_000d, EstimateStatus.Current)]
    // The auxiliary of the change verb nearest before "to" decides whether the first figure is what the cut started from.
    [InlineData("Another 1,500 soldiers were brought in last week, bringing the total to 12,000, Ukraine's military said.", 1_500d, EstimateStatus.Current)]
    // A holding verb in a relative clause of a future sentence: "has" alone is not a present holding.
    [InlineData("Russia will deploy a new division that has 10,000 soldiers to the border next year.", 10_000d, EstimateStatus.Planned)]
    public void Status_as_an_earlier_build_read_it(string body, double value, EstimateStatus status) => Assert.Equal(status, Of(body, value).Status);

    [Fact]
    public void A_peak_still_to_come_is_not_earlier() =>
        Assert.NotEqual(EstimateStatus.Earlier, Of("The mission will have 5,000 soldiers at its height next year.", 5_000d).Status);

    [Theory]
    // Numbers that count no troops: a headline of another subject, militaries as attendees, a prisoner swap, -ese people.
    [InlineData("Kim hosts 300 engineers at new Pyongyang factory\n\nAbout 11,000 North Korean troops were sent to Russia last year.", 300d)]
    [InlineData("Untitled\n\nRepresentatives of 120 militaries attended the security conference in Seoul this week.", 120d)]
    [InlineData("Untitled\n\nRussia and Ukraine exchanged 390 prisoners of war on Friday, the largest swap since the war began.", 390d)]
    [InlineData("Untitled\n\nBesides the 11,000 North Korean troops, some 2,000 Chinese arrived in Moscow last month, officials said.", 2_000d)]
    public void Not_a_troop_figure(string text, double value) => Assert.DoesNotContain(Figures(text), c => c.Value == value);

    [Theory]
    // More troops after a dash are another sending, not a part of the first.
    [InlineData("North Korea sent 11,000 troops — 3,000 more in January.", 3_000d, TroopKind.Deployment)]
    public void Kind_as_an_earlier_build_read_it(string body, double value, TroopKind kind) => Assert.Equal(kind, Of(body, value).Kind);

    [Fact]
    public void Captured_soldiers_who_said_are_no_country_source()
    {
        var result = Extractor.Default.Extract(CorpusLoader.FromText(
            "Untitled\n\nSoldiers from North Korea who were captured in Kursk said about 3,000 North Korean troops had been killed.", "t"));
        Assert.NotEqual("North Korea", Assert.Single(result.TroopCounts, c => c.Value == 3_000d).AttributedTo);
        Assert.DoesNotContain(result.SourceMentions, m => m.Source == "North Korea");
    }

    [Fact]
    public void Accordingly_carries_the_assessment_of_the_sentence_before() =>
        Assert.Equal("Ukrainian military intelligence", Of("Ukraine's military intelligence published its assessment on Monday. "
            + "Accordingly about 1,000 North Korean soldiers have been killed since January.", 1_000d).AttributedTo);
}
