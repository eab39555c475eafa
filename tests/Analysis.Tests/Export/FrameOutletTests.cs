using Deedle;

namespace Analysis.Tests.Export;

using Analysis.Corpus;
using Analysis.Frames;
using Analysis.Pipeline;

/// <summary>A reader filters a frame of facts by outlet: the outlet and day come from each row's document.</summary>
public class FrameOutletTests
{
    private static readonly Findings Two = Extractor.Default.Extract(new Corpus("two", [
        CorpusLoader.FromText("Seoul raises its count\n\nAbout 12,000 North Korean troops are in Russia, the spy agency said.", "wire",
            new DocumentMetadata(Outlet: "Harbour Wire", Published: new DateOnly(2025, 1, 14))),
        CorpusLoader.FromText("Kyiv's count\n\nSome 11,000 North Korean soldiers are fighting in Kursk, officials in Kyiv said.", "blog"),
    ], []));

    [Fact]
    public void Each_troop_count_gets_its_documents_outlet_and_day()
    {
        var counts = Frames.WithOutlets(Frames.TroopCounts(Two), Two);
        Assert.Equal(["outlet", "published"], counts.ColumnKeys.TakeLast(2));
        var wire = counts.FilterRowsBy("outlet", "Harbour Wire");
        Assert.Equal([12000.0], wire.GetColumn<double>("value").Values);
        Assert.Equal([new DateTime(2025, 1, 14)], wire.GetColumn<DateTime>("published").Values);
        var blog = counts.FilterRowsBy("document", "blog");
        Assert.Equal([11000.0], blog.GetColumn<double>("value").Values);
        Assert.Empty(blog.GetColumn<string>("outlet").Values);
    }

    [Fact]
    public void Source_mentions_take_the_same_columns()
    {
        var mentions = Frames.WithOutlets(Frames.SourceMentions(Two), Two);
        Assert.All(mentions.FilterRowsBy("document", "wire").GetColumn<string>("outlet").Values, o => Assert.Equal("Harbour Wire", o));
    }

    [Fact]
    public void A_frame_without_a_document_column_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Frames.WithOutlets(Frames.Sources(Two), Two));
        Assert.Contains("\"document\"", error.Message);
    }
}
