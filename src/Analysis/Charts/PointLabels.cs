namespace Analysis.Charts;

/// <summary>
/// Which marks of a panel get their label written beside them, so that no two labels overlap. plotly.js does not
/// move text out of the way: without this, figures close in time and size print over each other and none can be read.
/// A label is a box to the right of its mark; the marks are taken in the caller's order of importance and a label
/// that would overlap one already placed is left out (the mark keeps its hover).
/// </summary>
internal static class PointLabels
{
    // The narrowest plot the charts are drawn in (a notebook's output column): on a wider page the same labels only
    // move further apart, so a choice that fits here fits there too.
    public const double PlotWidth = 640;

    // 12 px text: a generous average character width, so that an estimate errs towards leaving a label out.
    private const double CharWidth = 7;
    private const double LineHeight = 16;
    private const double MarkGap = 10;

    /// <summary>A mark at <paramref name="X"/> and <paramref name="Y"/>, each from 0 to 1 across its panel, and its label's length in characters.</summary>
    public sealed record Mark(double X, double Y, int Characters);

    /// <summary>
    /// Whether each mark is labelled, for marks in order of importance (the first is always labelled), in a panel
    /// <paramref name="panelHeight"/> pixels high and <see cref="PlotWidth"/> wide.
    /// </summary>
    public static bool[] Choose(IReadOnlyList<Mark> marks, double panelHeight)
    {
        var placed = new List<(double Left, double Right, double Top, double Bottom)>();
        var chosen = new bool[marks.Count];
        for (var i = 0; i < marks.Count; i++)
        {
            var box = Box(marks[i], panelHeight);
            if (placed.Any(p => p.Left < box.Right && box.Left < p.Right && p.Top < box.Bottom && box.Top < p.Bottom)) continue;
            placed.Add(box);
            chosen[i] = true;
        }
        return chosen;
    }

    private static (double Left, double Right, double Top, double Bottom) Box(Mark mark, double panelHeight)
    {
        var left = mark.X * PlotWidth + MarkGap;
        var middle = (1 - mark.Y) * panelHeight;
        return (left, left + mark.Characters * CharWidth, middle - LineHeight / 2, middle + LineHeight / 2);
    }
}
