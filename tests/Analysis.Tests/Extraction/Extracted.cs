namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// The troop figures the default extractor finds, for the [Theory] tables of the extraction tests
/// (<c>using static</c>): a passage is read under a neutral headline, a document as written (its first line the headline).
/// </summary>
internal static class Extracted
{
    /// <summary>The figures of <paramref name="passage"/> under a neutral headline.</summary>
    public static IReadOnlyList<TroopCount> Counts(string passage) => Extractor.Default.Extract(TestData.Passage(passage)).TroopCounts;

    /// <summary>Each figure of <paramref name="passage"/> by its value (a range by its low end).</summary>
    public static double[] Values(string passage) => Counts(passage).Select(c => c.Value ?? c.Low ?? -1).ToArray();

    /// <summary>The one figure of <paramref name="passage"/> whose value is <paramref name="value"/>.</summary>
    public static TroopCount Count(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value);

    /// <summary>Whose words the one figure of <paramref name="passage"/> with <paramref name="value"/> is (null for no one's).</summary>
    public static string? Origin(string passage, double value) => Count(passage, value).AttributedTo;

    /// <summary>The names of the sources <paramref name="passage"/> mentions, by the default extractor.</summary>
    public static IEnumerable<string> Sources(string passage) => Extractor.Default.Extract(TestData.Passage(passage)).SourceMentions.Select(s => s.Source);

    /// <summary>The figures of <paramref name="document"/>, read as a whole document.</summary>
    public static IReadOnlyList<TroopCount> DocumentCounts(string document) => Extractor.Default.Extract(CorpusLoader.FromText(document, "t")).TroopCounts;

    /// <summary>The one figure of <paramref name="document"/> whose value is <paramref name="value"/>.</summary>
    public static TroopCount Of(string document, double value) => Assert.Single(DocumentCounts(document), c => c.Value == value);

    /// <summary>Whose words the one figure of <paramref name="document"/> with <paramref name="value"/> is (null for no one's).</summary>
    public static string? DocumentOrigin(string document, double value) => Of(document, value).AttributedTo;

    /// <summary>
    /// Asserts whose words the one figure of <paramref name="document"/> with <paramref name="value"/> is: its origin and its
    /// relays, written "A; B" ("" for none).
    /// </summary>
    public static void AssertVoice(string document, double value, string? origin, string via)
    {
        var count = Of(document, value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), count.Via);
    }

    /// <summary>The one figure of <paramref name="document"/>.</summary>
    public static TroopCount Only(string document) => Assert.Single(DocumentCounts(document));

    // Troop counts and sources only: what the source tables read, without the timeline's components.
    private static readonly Extractor SourcesExtractor = new ExtractorBuilder().UseTroopCounts().UseSources().Build();

    /// <summary>The source mentions of <paramref name="passage"/> under a neutral headline (troop counts and sources only).</summary>
    public static IReadOnlyList<SourceMention> Mentions(string passage) => SourcesExtractor.Extract(TestData.Passage(passage)).SourceMentions;

    /// <summary>The source mentions of a whole page given paragraph by paragraph (its first the headline), by the default extractor.</summary>
    public static IReadOnlyList<SourceMention> PageMentions(params string[] paragraphs) =>
        Extractor.Default.Extract(CorpusLoader.FromText(string.Join("\n\n", paragraphs) + "\n", "t")).SourceMentions;

    /// <summary>The source mentions of <paramref name="document"/>, its first line the headline.</summary>
    public static IReadOnlyList<SourceMention> DocumentMentions(string document) => SourcesExtractor.Extract(CorpusLoader.FromText(document, "t")).SourceMentions;
}
