namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A quotation with no marks, closed by a dash and its speaker at the paragraph's end, as Ukrainian and Russian copy
/// translated into English prints direct speech ("… . … about 6,000 soldiers … - the colonel said."), or with the closing
/// set apart as a paragraph of its own ("…¶- said the colonel."). Every figure of the paragraph is that speaker's, not only
/// the one in the closing sentence. The sentences are ours.
/// </summary>
public class DashClosedQuotationsTests
{
    [Theory]
    [InlineData("Border build-up\n\nThe first units reached the border on Monday. About 6,000 soldiers have moved north since spring. More of them will follow in the coming weeks - Colonel Ana Ruiz said.\n", 6000, "Ana Ruiz")]
    [InlineData("Border build-up\n\nThe first units reached the border on Monday. About 6,000 soldiers have moved north since spring. More of them will follow in the coming weeks, - said Colonel Ana Ruiz.\n", 6000, "Ana Ruiz")]
    [InlineData("Border build-up\n\nAbout 6,000 soldiers have moved north since spring. More of them will follow in the coming weeks — Colonel Ana Ruiz told reporters.\n", 6000, "Ana Ruiz")]
    // The closing set apart as a paragraph of its own, after a dash or after the quotation's closing comma.
    [InlineData("Mission to stay\n\nAround 1,500 peacekeepers will stay in the eastern provinces until June. After that the mission will hand its bases to the police\n\n- said Major General Peter Okoth.\n", 1500, "Peter Okoth")]
    [InlineData("Mission to stay\n\nAround 1,500 peacekeepers will stay in the eastern provinces until June. After that the mission will hand its bases to the police,\n\nMajor General Peter Okoth said.\n", 1500, "Peter Okoth")]
    public void The_speaker_after_the_dash_says_the_figure(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // Near misses: the dash closing stands in the middle of the paragraph, not at its end; the paragraph's quotation is
    // marked, and its marks close before the figure.
    [InlineData("Border build-up\n\nAbout 6,000 soldiers have moved north since spring. More of them will follow - Colonel Ana Ruiz said. Officials in the capital expect a long winter.\n")]
    [InlineData("Border build-up\n\n\"The units are ready,\" the governor wrote. About 6,000 soldiers have moved north since spring. More of them will follow - Colonel Ana Ruiz said.\n")]
    public void No_dash_closed_quotation(string document) =>
        Assert.NotEqual("Ana Ruiz", Of(document, 6000).AttributedTo);
}
