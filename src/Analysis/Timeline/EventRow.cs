using System.Globalization;

namespace Analysis;

/// <summary>
/// One row of events.csv and of the events frame, with exactly the exported columns:
/// document,order,earliest,latest,precision,kind,actors,summary,sentence,quote. Dates are yyyy-MM-dd
/// and empty when unknown; actors are joined by "; ", as troop_counts.csv joins its chain of sources.
/// </summary>
public sealed record EventRow(
    string Document,
    int Order,
    string Earliest,
    string Latest,
    string Precision,
    string Kind,
    string Actors,
    string Summary,
    int Sentence,
    string Quote)
{
    /// <summary>The column names, in order, as the header of events.csv spells them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["document", "order", "earliest", "latest", "precision", "kind", "actors", "summary", "sentence", "quote"];

    public static EventRow Of(TimelineEvent e) => new(
        e.Provenance.Document,
        e.Order,
        Format(e.Date.Earliest),
        Format(e.Date.Latest),
        Words.Of(e.Date.Precision),
        e.Kind,
        string.Join("; ", e.Actors),
        e.Summary,
        e.Provenance.Sentence,
        e.Provenance.Quote);

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
