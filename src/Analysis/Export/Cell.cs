using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;

namespace Analysis.Export;

/// <summary>
/// How a cell value is written: invariant culture, numbers without exponents or thousands
/// separators, dates yyyy-MM-dd, enums in snake_case ("at_least"), lists joined by "; ", null empty.
/// </summary>
internal static class Cell
{
    public const string ListSeparator = "; ";

    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => Number(d),
        float f => Number(f),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateOnly date => Date(date),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => Snake(e),
        IEnumerable list => string.Join(ListSeparator, list.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static string Number(double d) => d.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Every row of a large export names a few enum values over and over: each is spelled once.
    private static readonly ConcurrentDictionary<Enum, string> Snakes = new();

    public static string Snake(Enum e) => Snakes.GetOrAdd(e, static e =>
    {
        var name = e.ToString();
        return string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
    });
}
