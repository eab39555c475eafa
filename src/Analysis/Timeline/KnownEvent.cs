namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// A real event with a known date span (inclusive), which articles name instead of giving a date
/// ("during the BRICS summit"). <see cref="Aliases"/> are the phrases that name it.
/// </summary>
public sealed record KnownEvent(string Name, DateOnly Start, DateOnly End, IReadOnlyList<string> Aliases, string? Place = null)
{
    /// <summary>The date an article that names this event gives it: a day, or the interval of the event's days.</summary>
    public EventDate Date(string expression) =>
        new(Start, End, Start == End ? DatePrecision.Day : DatePrecision.Interval, expression);

    public override string ToString() => Start == End ? $"{Name} ({Start:yyyy-MM-dd})" : $"{Name} ({Start:yyyy-MM-dd} – {End:yyyy-MM-dd})";
}

/// <summary>
/// Someone who acts in events: a country or a person, with the names that refer to it. A demonym
/// ("North Korean") names the actor only before a word for people or institutions ("North Korean
/// troops", "Russian officials"), not in "Russian commands".
/// </summary>
public sealed record KnownActor(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Demonyms = null)
{
    public override string ToString() => Name;
}
