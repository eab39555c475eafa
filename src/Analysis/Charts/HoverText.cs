namespace Analysis.Charts;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// The hover box of a fact: what it says, who says it, and the whole sentence it came from with the
/// fact's own words in bold, so the reader sees the figure in its context.
/// </summary>
internal sealed class HoverText(Corpus corpus)
{
    /// <summary>
    /// Hover boxes read the trace's <c>hovertext</c>, so that <c>text</c> stays free for the labels
    /// drawn beside the marks (what a printed image shows); &lt;extra&gt; hides the trace-name box.
    /// </summary>
    public const string Template = "%{hovertext}<extra></extra>";

    private readonly Dictionary<string, Document> documents = corpus.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);

    public string Of(TroopCount count, string? dated = null)
    {
        var who = count.AttributedTo is null ? "unattributed" : ChartTheme.Encode(count.AttributedTo);
        var via = count.Via.Count == 0 ? "" : $" via {ChartTheme.Encode(string.Join(", ", count.Via))}";
        var when = dated is null ? "" : $"Dated: {ChartTheme.Encode(dated)}<br>";
        return $"<b>{ChartTheme.Encode(count.Phrase)}</b> ({Words.Plain(count.Kind)}, {Words.Plain(count.Hedge)}, {Words.Plain(count.Status)})<br>" +
               $"Source: {who}{via}<br>" + when +
               Quote(count.Provenance);
    }

    /// <summary>
    /// A claim: its figure, origin and reporting window, then each report (up to <paramref name="reports"/>):
    /// day, outlet, the voices it came through and its sentence, the figure's words in bold.
    /// </summary>
    public string Of(Analysis.Claims.Claim claim, int reports = 6)
    {
        var lines = claim.Mentions.Take(reports).Select(m =>
        {
            var via = m.Count.Via.Count == 0 ? "" : $" via {ChartTheme.Encode(string.Join(", ", m.Count.Via))}";
            return $"<br>• {Analysis.Claims.Dates.Of(m.Published)} · {ChartTheme.Encode(m.Outlet ?? m.Document)}{via}{(m.InHeadline ? " (headline)" : "")}:<br>  {Sentence(m.Count.Provenance)}";
        });
        var more = claim.Mentions.Count > reports ? $"<br>… and {claim.Mentions.Count - reports} more report(s)" : "";
        return $"<b>{ChartTheme.Encode(claim.Figure)}</b> ({Words.Plain(claim.Kind)}, {Words.Plain(claim.Hedge)}, {Words.Plain(claim.Status)}) · claim {claim.Id}<br>" +
               $"Origin: {ChartTheme.Encode(claim.Origin ?? "unattributed")}<br>" +
               $"Reported {Analysis.Claims.Dates.Window(claim)}: {claim.Mentions.Count} report(s) in {claim.Documents} document(s)" + string.Concat(lines) + more;
    }

    // The sentence of a fact, cut to about 160 characters around it at spaces (never inside a word), the fact in bold.
    private string Sentence(Provenance p)
    {
        if (!documents.TryGetValue(p.Document, out var document) || p.Sentence < 0 || p.Sentence >= document.Sentences.Count
            || !document.Sentences[p.Sentence].Span.Contains(p.Span))
            return $"“{ChartTheme.Encode(p.Quote, wrapAt: 80)}”";
        var sentence = document.Sentences[p.Sentence].Span;
        var text = document.Text;
        var start = Math.Max(sentence.Start, p.Span.Start - 70);
        // A cut inside a word moves to the word's end: the next word starts the excerpt, the previous one ends it.
        while (start > sentence.Start && start < p.Span.Start && !char.IsWhiteSpace(text[start - 1])) start++;
        while (start < p.Span.Start && char.IsWhiteSpace(text[start])) start++;
        var end = Math.Min(sentence.End, p.Span.End + 70);
        if (end < sentence.End)
        {
            while (end > p.Span.End && !char.IsWhiteSpace(text[end])) end--;
            while (end > p.Span.End && char.IsWhiteSpace(text[end - 1])) end--;
        }
        var before = (start > sentence.Start ? "…" : "") + ChartTheme.Encode(document.Text[start..p.Span.Start]);
        var quoted = string.Join(' ', ChartTheme.Encode(document.Quote(p.Span)).Split(' ').Select(w => w.Length == 0 ? w : $"<b>{w}</b>"));
        var after = ChartTheme.Encode(document.Text[p.Span.End..end]) + (end < sentence.End ? "…" : "");
        return $"“{ChartTheme.Wrap(before + quoted + after, 80).Replace("<br>", "<br>  ", StringComparison.Ordinal)}”";
    }

    public string Of(TimelineEvent e)
    {
        var actors = e.Actors.Count == 0 ? "" : $"Actors: {ChartTheme.Encode(string.Join(", ", e.Actors))}<br>";
        var expression = e.Date.Expression is null ? "" : $" (“{ChartTheme.Encode(e.Date.Expression)}”)";
        return $"<b>{ChartTheme.Encode(e.Summary)}</b><br>{Words.Of(e.Date)}{expression} · {ChartTheme.Encode(e.Kind.Replace('_', ' '))}<br>{actors}{Quote(e.Provenance)}";
    }

    /// <summary>The outlet of the document a fact was found in, when its manifest entry or front matter names one.</summary>
    public string? OutletOf(Provenance p) => documents.TryGetValue(p.Document, out var document) ? document.Metadata.Outlet : null;

    /// <summary>The sentence of the provenance, its quoted span in bold; just the quote when the sentence is not in the corpus.</summary>
    public string Quote(Provenance p)
    {
        var where = $"<i>{ChartTheme.Encode(Title(p.Document))}, sentence {p.Sentence}</i>";
        if (documents.TryGetValue(p.Document, out var document) && p.Sentence >= 0 && p.Sentence < document.Sentences.Count
            && document.Sentences[p.Sentence].Span is var sentence && sentence.Contains(p.Span) && p.Span.Length < sentence.Length)
        {
            // Bold marks wrap word by word: a tag that spans a line break is not carried over by plotly.
            var before = ChartTheme.Encode(document.Text[sentence.Start..p.Span.Start]);
            var quoted = string.Join(' ', ChartTheme.Encode(document.Quote(p.Span)).Split(' ').Select(w => w.Length == 0 ? w : $"<b>{w}</b>"));
            var after = ChartTheme.Encode(document.Text[p.Span.End..sentence.End]);
            return $"“{ChartTheme.Wrap(before + quoted + after, 80)}”<br>{where}";
        }
        return $"“{ChartTheme.Encode(p.Quote, wrapAt: 80)}”<br>{where}";
    }

    private string Title(string id)
    {
        if (!documents.TryGetValue(id, out var document)) return id;
        if (document.Title == id) return WithOutlet(document, id);
        var headline = document.Title.Length > 70 ? document.Title[..67] + "…" : document.Title;
        return WithOutlet(document, $"{headline} ({id})");
    }

    /// <summary>
    /// A document's title after who published it and on what day ("KUNA, 2023-10-06: title"), from its manifest entry or
    /// front matter; the title alone when it has neither. On a story from several outlets, the reader asks which one
    /// carried a figure.
    /// </summary>
    internal static string WithOutlet(Document document, string title)
    {
        var carried = string.Join(", ", new[] { document.Metadata.Outlet, document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        return carried.Length > 0 ? $"{carried}: {title}" : title;
    }
}
