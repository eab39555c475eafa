using System.Globalization;
using System.Text;

namespace Analysis.Report;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>One line of a timeline summary: an event at its place, with the date it is shown under.</summary>
public sealed record TimelineEntry(int Position, TimelineEvent Event)
{
    public string Document => Event.Provenance.Document;

    /// <summary>"2024-10-22 – 2024-10-24", "2024-10", or "undated".</summary>
    public string When => Words.Of(Event.Date);

    /// <summary>The figures the event carries, earlier estimates first: "3,000 (earlier) → 10,000".</summary>
    public string Figures => TimelineSummary.Figures(Event.Facts);
}

/// <summary>
/// A timeline as a short readable list: per document (<see cref="Of(Document, IEnumerable{TimelineEvent}, IEnumerable{TroopCount})"/>)
/// or merged across a corpus (<see cref="Of(Findings)"/>), with the troop-estimate series by source.
/// Events stand in <see cref="TimelineOrder"/>: by date where dated, undated ones at their place in the
/// story, so nothing gets a date it does not have.
/// </summary>
public sealed class TimelineSummary
{
    private TimelineSummary(string title, IReadOnlyList<TimelineEntry> entries, IReadOnlyList<EstimatePoint> estimates, bool showDocuments)
    {
        Title = title;
        Entries = entries;
        Estimates = estimates;
        this.showDocuments = showDocuments;
    }

    private readonly bool showDocuments;

    public string Title { get; }
    public IReadOnlyList<TimelineEntry> Entries { get; }

    /// <summary>The troop figures by source in their order over time (see <see cref="EstimateSeries"/>).</summary>
    public IReadOnlyList<EstimatePoint> Estimates { get; }

    /// <summary>The events of one document, placed; <paramref name="events"/> may hold other documents' too.</summary>
    /// <remarks>The estimate series uses <paramref name="troopCounts"/> when given, else the figures the events carry.</remarks>
    public static TimelineSummary Of(Document document, IEnumerable<TimelineEvent> events, IEnumerable<TroopCount>? troopCounts = null)
    {
        var own = events.Where(e => e.Provenance.Document == document.Id).ToList();
        var corpus = new Corpus("", [document], []);
        var counts = (troopCounts ?? own.SelectMany(e => e.Facts)).Where(c => c.Provenance.Document == document.Id).Distinct();
        var estimates = EstimateSeries.Of(corpus, counts, own);
        return new TimelineSummary(document.Title, Number(TimelineOrder.Place(own, document.Published)), estimates, showDocuments: false);
    }

    /// <summary>One merged timeline of every document of the findings.</summary>
    public static TimelineSummary Of(Findings findings)
    {
        var merged = TimelineOrder.Merge(findings.Corpus.Documents
            .Select(d => (d, (IReadOnlyList<TimelineEvent>)findings.Events.Where(e => e.Provenance.Document == d.Id).ToList())));
        return new TimelineSummary($"Timeline of {findings.Corpus.Documents.Count} documents", Number(merged), EstimateSeries.Of(findings.Corpus, findings.TroopCounts, findings.Events), showDocuments: true);
    }

    /// <summary>Plain text: a title, one numbered line per event, then the estimate series.</summary>
    public override string ToString() => Render(markdown: false);

    /// <summary>The same as a Markdown list, for a notebook cell or a report.</summary>
    public string ToMarkdown() => Render(markdown: true);

    private static IReadOnlyList<TimelineEntry> Number(IEnumerable<TimelineEvent> events) =>
        events.Select((e, i) => new TimelineEntry(i + 1, e)).ToArray();

    internal static string Figures(IReadOnlyList<TroopCount> facts)
    {
        var ordered = facts.OrderBy(f => f.Status switch { EstimateStatus.Earlier => 0, EstimateStatus.Current => 1, _ => 2 })
            .ThenBy(f => f.Provenance.Span.Start)
            .Select(f => f.Status == EstimateStatus.Current ? f.Phrase : $"{f.Phrase} ({Words.Of(f.Status)})");
        return string.Join(" → ", ordered);
    }

    private string Render(bool markdown)
    {
        var text = new StringBuilder();
        text.AppendLine(markdown ? $"### {Escape(Title)}" : Title);
        if (Entries.Count == 0) text.AppendLine(markdown ? "_No events._" : "No events.");
        foreach (var entry in Entries)
        {
            var e = entry.Event;
            var actors = e.Actors.Count == 0 ? "" : $" — {string.Join(", ", e.Actors)}";
            var figures = e.Facts.Count == 0 ? "" : $" [{entry.Figures}]";
            var where = showDocuments ? $" ({e.Provenance.Document} #{e.Provenance.Sentence})" : "";
            text.AppendLine(markdown
                ? $"{entry.Position}. **{Escape(entry.When)}** · {Escape(e.Kind)} · {Escape(e.Summary)}{Escape(figures)}{(actors.Length == 0 ? "" : $" — _{Escape(string.Join(", ", e.Actors))}_")}{Escape(where)}"
                : $"{entry.Position,2}. {entry.When,-25} {e.Kind,-16} {e.Summary}{figures}{actors}{where}");
        }
        foreach (var series in Estimates.GroupBy(p => p.Source))
        {
            var points = string.Join(" → ", series.Select(p =>
                p.Figure + (p.Status == EstimateStatus.Current ? "" : $" ({Words.Of(p.Status)})") +
                (p.Date.Precision == DatePrecision.Unknown ? "" : $" @ {Words.Of(p.Date)}")));
            text.AppendLine(markdown ? $"- Estimates by {Escape(series.Key)}: {Escape(points)}" : $"Estimates by {series.Key}: {points}");
        }
        return text.ToString().TrimEnd();
    }

    // Markdown that a notebook renders must show article text literally, not as markup or HTML.
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '|') builder.Append('\\');
            builder.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => c.ToString(CultureInfo.InvariantCulture) });
        }
        return builder.ToString();
    }
}
