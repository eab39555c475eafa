namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>The layers the timeline's components write.</summary>
public static class TimelineLayers
{
    /// <summary>The document's events in narrative order, numbered from 1.</summary>
    public static readonly Layer<TimelineEvent> Events = new("events");
}
