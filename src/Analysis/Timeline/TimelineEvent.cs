namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// Something a sentence reports: an action or a statement, with its actors (canonical names), a short
/// summary, its kind, its date, the figures it carries, and its narrative order across the corpus.
/// </summary>
public sealed record TimelineEvent(
    int Order,
    string Kind,
    IReadOnlyList<string> Actors,
    string Summary,
    EventDate Date,
    IReadOnlyList<TroopCount> Facts,
    Provenance Provenance);
