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
    public override string ToString() =>
        $"{Corpus.Documents.Count} documents: {TroopCounts.Count} troop counts, {SourceMentions.Count} source mentions " +
        $"of {Sources.Count} sources, {Events.Count} events";
}
