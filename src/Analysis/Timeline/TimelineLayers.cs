namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>The layers the timeline's components write.</summary>
public static class TimelineLayers
{
    /// <summary>The date expressions of each sentence, resolved, with spans in document offsets, by sentence.</summary>
    public static readonly Layer<IReadOnlyList<DateMention>> Dates = new("dates");

    /// <summary>
    /// The date of what each sentence reports, by sentence: the date of its main clause, else of its statement
    /// ("said on Monday", or the next sentence's when it tells of the same statement); unknown when the text does not say.
    /// </summary>
    public static readonly Layer<EventDate> SentenceDates = new("sentence_dates");

    /// <summary>The as-of and target dates of each troop figure, in the order of <see cref="Layers.TroopCounts"/>.</summary>
    public static readonly Layer<FigureDate> FigureDates = new("figure_dates");

    /// <summary>The document's events in narrative order, numbered from 1.</summary>
    public static readonly Layer<TimelineEvent> Events = new("events");
}
