namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure inside a speaker's quotation is the speaker's, in every sentence of it (the dev-set header's carrying, (a)): the
/// quotation opened after its speaker ("He said: “… . … . By Friday 200 more …”") or after a first quoted sentence that closed
/// on the speaker ("“…,” X said. “… . By Friday 200 more …”"), and one that runs on over paragraphs as the press writes it,
/// each paragraph left unclosed and the next opened with a mark again. The sentences are ours, in the shape of wire copy and
/// army statements quoted at length.
/// </summary>
public class InsideQuotationCarryingTests
{
    [Theory]
    // The third sentence of a quotation its speaker opened.
    [InlineData("Border news\n\nDefence Minister John Smith spoke on Monday. He said: “We have sent 500 soldiers to the border. Another 300 will follow next week. By Friday 200 more will be there.”\n", 200, "John Smith")]
    // The second sentence of a quotation that goes on after the speaker's first quoted sentence.
    [InlineData("Border news\n\n“We have 500 soldiers there,” Defence Minister John Smith said on Monday. “Another 300 are on their way. By Friday 200 more will be there.”\n", 200, "John Smith")]
    // A statement quoted over two paragraphs, its speaker named before it.
    [InlineData("Patrol attacked\n\nThe Kenyan army said in a statement: “Troops on patrol were attacked near the river. Unfortunately, four soldiers were killed.\n\n“Seven others were wounded and are in hospital. The attackers fled.”\n", 4, "Kenyan Army")]
    [InlineData("Patrol attacked\n\nThe Kenyan army said in a statement: “Troops on patrol were attacked near the river. Unfortunately, four soldiers were killed.\n\n“Seven others were wounded and are in hospital. The attackers fled.”\n", 7, "Kenyan Army")]
    // Over three paragraphs.
    [InlineData("Patrol attacked\n\nArmy spokesman John Odhiambo said: “Troops on patrol were attacked near the river.\n\n“Four soldiers were killed.\n\n“Seven others were wounded.”\n", 4, "John Odhiambo")]
    [InlineData("Patrol attacked\n\nArmy spokesman John Odhiambo said: “Troops on patrol were attacked near the river.\n\n“Four soldiers were killed.\n\n“Seven others were wounded.”\n", 7, "John Odhiambo")]
    public void The_quotation_s_speaker_says_the_figure(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // Near misses: a quotation the writer opens ("called it a “new phase. …”"); a new quotation paragraph after one that
    // closed, with no speaker of its own; a stray straight mark (an inch sign) in the writer's sentence.
    [InlineData("Border news\n\nDefence Minister John Smith said on Monday that 500 soldiers were there. The army calls it a “new phase. By Friday 200 more will be there.”\n", 200)]
    [InlineData("Patrol attacked\n\nArmy spokesman John Odhiambo said: “Troops on patrol were attacked near the river.”\n\n“Four soldiers were killed. Seven others were wounded.”\n", 7)]
    [InlineData("Border news\n\nDefence Minister John Smith said on Monday that 500 soldiers had left. Their 12\" guns stayed behind. By Friday 200 more soldiers will be there.\n", 200)]
    public void The_figure_stays_the_writer_s(string document, double value) =>
        Assert.Null(Of(document, value).AttributedTo);
}
