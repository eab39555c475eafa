namespace Analysis;

/// <summary>The hover box of a fact: what it says, who says it, and the exact words it came from.</summary>
internal static class HoverText
{
    public const string Template = "%{text}<extra></extra>";

    public static string Of(TroopCount count)
    {
        var who = count.AttributedTo is null ? "unattributed" : ChartTheme.Encode(count.AttributedTo);
        var via = count.Via.Count == 0 ? "" : $" via {ChartTheme.Encode(string.Join(", ", count.Via))}";
        return $"<b>{ChartTheme.Encode(count.Phrase)}</b> ({Words.Of(count.Kind)}, {Words.Of(count.Hedge)}, {Words.Of(count.Status)})<br>" +
               $"Source: {who}{via}<br>" +
               Quote(count.Provenance);
    }

    public static string Of(TimelineEvent e)
    {
        var actors = e.Actors.Count == 0 ? "" : $"Actors: {ChartTheme.Encode(string.Join(", ", e.Actors))}<br>";
        return $"<b>{ChartTheme.Encode(e.Summary)}</b><br>{Words.Of(e.Date)} · {ChartTheme.Encode(e.Kind)}<br>{actors}{Quote(e.Provenance)}";
    }

    public static string Quote(Provenance p) =>
        $"“{ChartTheme.Encode(p.Quote, wrapAt: 80)}”<br><i>{ChartTheme.Encode(p.Document)}, sentence {p.Sentence}</i>";
}
