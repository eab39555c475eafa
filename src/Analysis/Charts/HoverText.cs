namespace Analysis;

/// <summary>The hover box of a fact: what it says, who says it, and the exact words it came from.</summary>
internal static class HoverText
{
    /// <summary>
    /// Hover boxes read the trace's <c>hovertext</c>, so that <c>text</c> stays free for the labels
    /// drawn beside the marks (what a printed image shows); &lt;extra&gt; hides the trace-name box.
    /// </summary>
    public const string Template = "%{hovertext}<extra></extra>";

    public static string Of(TroopCount count, string? dated = null)
    {
        var who = count.AttributedTo is null ? "unattributed" : ChartTheme.Encode(count.AttributedTo);
        var via = count.Via.Count == 0 ? "" : $" via {ChartTheme.Encode(string.Join(", ", count.Via))}";
        var when = dated is null ? "" : $"Dated: {ChartTheme.Encode(dated)}<br>";
        return $"<b>{ChartTheme.Encode(count.Phrase)}</b> ({Words.Of(count.Kind)}, {Words.Of(count.Hedge)}, {Words.Of(count.Status)})<br>" +
               $"Source: {who}{via}<br>" + when +
               Quote(count.Provenance);
    }

    public static string Of(TimelineEvent e)
    {
        var actors = e.Actors.Count == 0 ? "" : $"Actors: {ChartTheme.Encode(string.Join(", ", e.Actors))}<br>";
        var expression = e.Date.Expression is null ? "" : $" (“{ChartTheme.Encode(e.Date.Expression)}”)";
        return $"<b>{ChartTheme.Encode(e.Summary)}</b><br>{Words.Of(e.Date)}{expression} · {ChartTheme.Encode(e.Kind)}<br>{actors}{Quote(e.Provenance)}";
    }

    public static string Quote(Provenance p) =>
        $"“{ChartTheme.Encode(p.Quote, wrapAt: 80)}”<br><i>{ChartTheme.Encode(p.Document)}, sentence {p.Sentence}</i>";
}
