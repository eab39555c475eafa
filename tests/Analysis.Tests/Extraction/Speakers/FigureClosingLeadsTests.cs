namespace Analysis.Tests.Extraction.Speakers;

using System.Linq;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// One sentence, two figures, each closed by a voice of its own after ", according to" or ", as per" ("… sent about 8,000 soldiers,
/// according to the Pentagon, losing up to 2,000 of them, according to Ukrainian officials"): each voice speaks for the figure
/// before it, back to the voice before; the two are no relay of each other. Not an outlet that cites a voice ("…, according to
/// Yonhap, citing the NIS"), which relays it. The sentences are ours, in the shape of background paragraphs of wire and web copy.
/// </summary>
public class FigureClosingLeadsTests
{
    [Theory]
    [InlineData("Earlier, Pyongyang sent about 8,000 soldiers, according to the Pentagon, losing up to 2,000 of them in the fighting, according to Ukrainian officials.",
        "Pentagon", "Ukrainian officials")]
    [InlineData("Earlier, Pyongyang sent about 8,000 soldiers, as per Ukraine's military intelligence, to the front, losing up to 2,000 of them, according to Yonhap.",
        "Ukrainian military intelligence", "Yonhap")]
    public void Each_figure_takes_its_own_voice(string text, string first, string second)
    {
        var counts = Counts(text).OrderBy(c => c.Value).ToList();
        Assert.Equal(2, counts.Count);
        Assert.Equal((second, 0), (counts[0].AttributedTo, counts[0].Via.Count));
        Assert.Equal((first, 0), (counts[1].AttributedTo, counts[1].Via.Count));
    }

    [Fact]
    // Near miss: an outlet that cites a voice relays it.
    public void A_citing_outlet_still_relays()
    {
        var count = Assert.Single(Counts("Pyongyang sent about 8,000 soldiers, according to Yonhap, citing the National Intelligence Service."));
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal(["Yonhap"], count.Via);
    }
}
