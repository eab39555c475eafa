namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A quotation that runs on over paragraphs, as wire and briefing copy prints it: the paragraph holding the figure ends with no
/// closing mark and the next one opens with a mark again, the speaker named after the quotation closes there ("“We believe
/// … about 10,000 soldiers … .¶“A portion of those … ,” the spokesman told reporters."). The figure is that speaker's. A
/// next paragraph that opens without a mark, or a first paragraph that is the writer's own, ends it with no speaker. The
/// sentences are ours, in the shape of Pentagon briefing and wire copy.
/// </summary>
public class RunOnQuotationParagraphsTests
{
    [Theory]
    [InlineData("Border build-up\n\n\"We believe the brigade has moved about 6,000 soldiers to the northern border over the past month.\n\n\"Some of those units have already reached the front line,\" Colonel Ana Ruiz told reporters.\n", 6000, "Ana Ruiz")]
    [InlineData("Mission to stay\n\n“Around 1,500 peacekeepers will stay in the eastern provinces until June.\n\n“After that the mission will hand its bases to the police,” said Major General Peter Okoth, the force commander.\n", 1500, "Peter Okoth")]
    // Over three paragraphs.
    [InlineData("Convoys leave\n\n\"The first convoy carried 280 soldiers across the border on Friday.\n\n\"Another convoy leaves next week.\n\n\"By December the base will be empty,\" General Marc Dubois said.\n", 280, "Marc Dubois")]
    // Its speaker introduced before it and named again by a pronoun at its close.
    [InlineData("Valley held\n\nColonel Ana Ruiz briefed reporters in the capital on Monday.\n\n\"We count about 900 enemy soldiers in the valley.\n\n\"They have dug in near the river,\" she said.\n", 900, "Ana Ruiz")]
    public void The_speaker_after_the_last_paragraph_says_the_figure(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // Near misses: the next paragraph opens with no mark; the first paragraph is the writer's own.
    [InlineData("Border build-up\n\n\"We believe the brigade has moved about 6,000 soldiers to the northern border over the past month.\n\nSome of those units have already reached the front line, Colonel Ana Ruiz told reporters.\n")]
    [InlineData("Border build-up\n\nThe brigade has moved about 6,000 soldiers to the northern border over the past month.\n\n\"Some units have already reached the front line,\" Colonel Ana Ruiz told reporters.\n")]
    public void No_run_on_quotation(string document) =>
        Assert.Null(Of(document, 6000).AttributedTo);
}
