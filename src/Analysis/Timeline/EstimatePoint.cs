namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// How an estimate got its date: from the event that carries it, from the day its article was published, from the
/// window its undated article was written in (<see cref="DocumentDate"/>), or not at all.
/// </summary>
public enum EstimateDating { Event, Published, Undated, Inferred }

/// <summary>
/// One troop figure in the series of a source over time: the figure (value, or low and high), its
/// date interval and how it got it, its place in the source's series (<see cref="Sequence"/>, from 1:
/// an earlier estimate comes before the figure that replaced it, even when neither is dated), and the
/// sentence it came from.
/// </summary>
public sealed record EstimatePoint(
    string Source,
    int Sequence,
    EventDate Date,
    EstimateDating Dating,
    double? Value,
    double? Low,
    double? High,
    EstimateStatus Status,
    TroopKind Kind,
    string Phrase,
    TroopCount Count)
{
    public Provenance Provenance => Count.Provenance;
    public string Document => Count.Provenance.Document;
    public string Quote => Count.Provenance.Quote;

    /// <summary>The figure as a reader says it: "10,000", "11,000–12,000", "at least 1,000".</summary>
    public string Figure => (Value, Low, High) switch
    {
        ({ } v, _, _) => $"{v:N0}",
        (null, { } low, { } high) => $"{low:N0}–{high:N0}",
        (null, { } low, null) => $"at least {low:N0}",
        (null, null, { } high) => $"up to {high:N0}",
        _ => Phrase,
    };

    public override string ToString() =>
        $"{Source} #{Sequence}: {Figure} ({Words.Of(Status)}, {(Date.Precision == DatePrecision.Unknown ? "undated" : Words.Of(Date))})";
}
