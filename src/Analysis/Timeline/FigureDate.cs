namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// The dates of one troop figure (<see cref="TroopCount.AsOf"/>, <see cref="TroopCount.Target"/>), as the dates
/// component writes them beside the figure it found them for; the pipeline carries them onto the figure.
/// </summary>
public sealed record FigureDate(TroopCount Count, EventDate AsOf, EventDate Target);
