using System.Globalization;

namespace Analysis.Corpus;

/// <summary>
/// A publication day as people write it in front matter or in the manifest: "2024-07-11", a date and time
/// ("2024-11-01T09:30:00Z": the publisher's day), or a month written as a word ("July 11, 2024", "11 July 2024",
/// "Thursday, July 11th, 2024", "Jul 11, 2024 at 9:30 AM EDT"), or day and month in figures when only one reading is a
/// day ("30/05/2023"). Figures that read both ways ("07/11/2024") stay unread: July or November depends on where it was written.
/// </summary>
public static class PublishedDate
{
    /// <summary>The forms named in a problem's message, so that a user sees what would have been read.</summary>
    private const string Forms = "2024-07-11, July 11, 2024, 11 July 2024 or 30/05/2024";

    public static bool TryParse(string value, out DateOnly date)
    {
        var text = value.Trim();
        if (text.Length > 10 && text[10] is 'T' or 't' or ' ') text = text[..10];
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (InFigures(text, out date)) return true;
        // Punctuation out, "Sept." as .NET's "Sep", ordinal suffixes off the day; a time after the day goes with what follows it.
        var words = value.Replace(",", " ").Replace(".", " ").Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 2 && char.IsAsciiDigit(w[0]) && w[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" ? w[..^2] : w).ToArray();
        if (Array.FindIndex(words, w => w.Contains(':')) is > 0 and var time) words = words[..(words[time - 1].Equals("at", StringComparison.OrdinalIgnoreCase) ? time - 1 : time)];
        text = string.Join(' ', words);
        return DateOnly.TryParseExact(text, WrittenDays, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>"07/11/2024", "7.11.2024": day and month in figures, either way round; said in the problem so the user
    /// knows why a date that looks plain was not read. The same figure twice ("05/05/2024") reads one way only.</summary>
    private static bool IsAmbiguous(string value) =>
        value.Trim().Split('/', '.', '-') is [var a, var b, { Length: 4 }] && int.TryParse(a, out var x) && int.TryParse(b, out var y)
        && x is >= 1 and <= 12 && y is >= 1 and <= 12 && x != y;

    /// <summary>
    /// Day and month in figures when only one reading is a day: "30/05/2023" (as Europe writes it) and "05/30/2023" (as the
    /// United States does) are both 30 May; "05/05/2023" is the 5th of May either way. "07/11/2024" stays unread.
    /// </summary>
    private static bool InFigures(string text, out DateOnly date)
    {
        date = default;
        if (text.Split('/', '.', '-') is not [var a, var b, { Length: 4 } c] || !int.TryParse(a, out var x) || !int.TryParse(b, out var y)
            || !int.TryParse(c, out var year) || IsAmbiguous(text)) return false;
        var (day, month) = x > 12 ? (x, y) : (y, x);
        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Why <paramref name="value"/> was not read: the forms that are, and the ambiguity when there is one.</summary>
    public static string Unread(string value) =>
        $"is not a date ({Forms}){(IsAmbiguous(value) ? ": day and month could be either way round" : "")}";

    // The written forms of a day, its punctuation taken out: month before or after the day, named in full or cut short,
    // with or without the weekday; a year first with slashes ("2024/07/11").
    private static readonly string[] WrittenDays =
    [
        "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dddd MMMM d yyyy", "ddd MMM d yyyy", "dddd d MMMM yyyy", "ddd d MMM yyyy", "yyyy/MM/dd", "yyyy-M-d",
    ];
}
