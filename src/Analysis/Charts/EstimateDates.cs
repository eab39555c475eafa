namespace Analysis;

/// <summary>
/// The date of a troop figure, for charts over time: the date of the event that carries it when that
/// event is dated, else the day its document was published (the figure was current then). A figure
/// with neither has no date and is left out of time charts, never guessed.
/// </summary>
internal static class EstimateDates
{
    public sealed record Dated(TroopCount Count, DateOnly Date, string How);

    public static IReadOnlyList<Dated> Of(Findings findings)
    {
        var published = findings.Corpus.Documents.ToDictionary(d => d.Id, d => d.Published, StringComparer.Ordinal);
        var dated = new List<Dated>();
        foreach (var count in findings.TroopCounts)
        {
            var carrier = findings.Events.FirstOrDefault(e => e.Date.Earliest is not null && e.Facts.Any(f => ReferenceEquals(f, count) || f.Equals(count)));
            if (carrier is not null)
                dated.Add(new Dated(count, Middle(carrier.Date), $"{Words.Of(carrier.Date)}, the date of the event it belongs to"));
            else if (published.GetValueOrDefault(count.Provenance.Document) is { } day)
                dated.Add(new Dated(count, day, $"{day:yyyy-MM-dd}, the day its article was published"));
        }
        return dated;
    }

    // An interval (a month, a summit) is placed at its middle day; its hover says the whole interval.
    private static DateOnly Middle(EventDate date)
    {
        var first = date.Earliest!.Value;
        var last = date.Latest ?? first;
        return first.AddDays((last.DayNumber - first.DayNumber) / 2);
    }
}
