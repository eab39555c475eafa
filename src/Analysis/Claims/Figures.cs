using System.Globalization;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>How figures are compared: when two reports say the same, and when two claims cannot both be true.</summary>
internal static class Figures
{
    /// <summary>
    /// The same figure: equal values, a value inside a range, or overlapping ranges. Hedges are not
    /// compared: a headline drops the "about" of its body.
    /// </summary>
    public static bool Same(double? value, double? low, double? high, double? otherValue, double? otherLow, double? otherHigh)
    {
        var (a0, a1) = Plain(value, low, high);
        var (b0, b1) = Plain(otherValue, otherLow, otherHigh);
        return a0 <= b1 && b0 <= a1;
    }

    /// <summary>
    /// Whether two figures can both be true, hedges counted: "at least 8,000" is open above, "up to 8,000"
    /// below; an exact or approximate figure is the number it says.
    /// </summary>
    public static bool Compatible(double? value, double? low, double? high, Hedge hedge, double? otherValue, double? otherLow, double? otherHigh, Hedge otherHedge)
    {
        var (a0, a1) = Hedged(value, low, high, hedge);
        var (b0, b1) = Hedged(otherValue, otherLow, otherHigh, otherHedge);
        return a0 <= b1 && b0 <= a1;
    }

    public static string Label(double? value, double? low, double? high, Hedge hedge)
    {
        var text = value is { } v ? Number(v)
            : low is { } l && high is { } h ? $"{Number(l)}–{Number(h)}"
            : Number(low ?? high ?? 0);
        return hedge switch
        {
            Hedge.Approximate => "~" + text,
            Hedge.AtLeast => "≥ " + text,
            Hedge.AtMost => "≤ " + text,
            Hedge.Vague or Hedge.Possible => text + "?",
            _ => text,
        };
    }

    public static string Number(double value) => value >= 1_000_000
        ? (value / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + " million"
        : value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The interval a figure stands for: a value is a point, a range its two ends (in order).</summary>
    internal static (double Low, double High) Plain(double? value, double? low, double? high)
    {
        var lo = low ?? value ?? high ?? 0;
        var hi = high ?? value ?? low ?? 0;
        return (Math.Min(lo, hi), Math.Max(lo, hi));
    }

    private static (double Low, double High) Hedged(double? value, double? low, double? high, Hedge hedge)
    {
        var (lo, hi) = Plain(value, low, high);
        return hedge switch
        {
            Hedge.AtLeast => (lo, double.PositiveInfinity),
            Hedge.AtMost => (0, hi),
            _ => (lo, hi),
        };
    }
}
