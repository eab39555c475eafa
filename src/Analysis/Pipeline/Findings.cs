namespace Analysis.Pipeline;

using Analysis.Corpus;
using Analysis.Display;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>Everything extracted from a corpus: the tables the frames, charts, report and exports are made of.</summary>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Findings(
    Corpus Corpus,
    IReadOnlyList<TroopCount> TroopCounts,
    IReadOnlyList<SourceMention> SourceMentions,
    IReadOnlyList<CitedSource> Sources,
    IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>Each document's findings with its layers, in corpus order (empty when these findings were not made by a pipeline).</summary>
    public IReadOnlyList<DocumentFindings> Documents { get; init; } = [];

    /// <summary>The items of <paramref name="layer"/> over every document, in corpus order: how a component of your own is read.</summary>
    public IReadOnlyList<T> Layer<T>(Layer<T> layer) => Documents.SelectMany(d => d.Annotations.GetOrEmpty(layer)).ToArray();

    public override string ToString() =>
        $"{Counted.Of(Corpus.Documents.Count, "document")}: {Counted.Of(TroopCounts.Count, "troop count")}, " +
        $"{Counted.Of(SourceMentions.Count, "source mention")} of {Counted.Of(Sources.Count, "source")}, {Counted.Of(Events.Count, "event")}";
}
