using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Import;

/// <summary>
/// Publication dates as pages and feeds write them, read as the publisher's calendar day. An ISO
/// timestamp ("2024-10-25T23:30:00+09:00") gives the day it names, not the UTC day (which would move a
/// Seoul evening story to the day before); other forms (RFC 822 in feeds, "October 25, 2024") are
/// parsed with their own offset. A date before 1990 or more than two days ahead is not believed.
/// </summary>
public static partial class PageDate
{
    [GeneratedRegex(@"^\s*(?<y>\d{4})-?(?<m>\d{2})-?(?<d>\d{2})(?:$|[T\s_])")]
    private static partial Regex IsoDay();

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (IsoDay().Match(text) is { Success: true } iso &&
            DateOnly.TryParseExact($"{iso.Groups["y"]}-{iso.Groups["m"]}-{iso.Groups["d"]}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            date = day;
        else if (DateTimeOffset.TryParse(WithoutZoneName(text), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
            date = DateOnly.FromDateTime(moment.DateTime);
        else
            return false;
        return Plausible(date);
    }

    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    private static bool Plausible(DateOnly date) =>
        date.Year >= 1990 && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

    // RFC 822 dates in feeds end in a zone name ("GMT", "EST", "KST") that DateTimeOffset does not read; the day is before it.
    private static string WithoutZoneName(string text)
    {
        var trimmed = text.Trim();
        var lastSpace = trimmed.LastIndexOf(' ');
        return lastSpace > 0 && trimmed[(lastSpace + 1)..].All(char.IsAsciiLetterUpper) ? trimmed[..lastSpace] : trimmed;
    }
}
