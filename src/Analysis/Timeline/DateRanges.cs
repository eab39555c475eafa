namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// Joins date expressions that together name one interval: "between Oct. 8 and Oct. 13", "from 3 to 9 March"
/// written as two dates, "on Friday and Saturday", and "over three days ending on Dec. 17".
/// </summary>
internal static class DateRanges
{
    /// <summary>The mentions of <paramref name="text"/> (in text order, not overlapping) with each range made one.</summary>
    public static IReadOnlyList<DateMention> Join(string text, IReadOnlyList<DateMention> mentions, DateVocabulary words)
    {
        if (mentions.Count == 0) return mentions;
        var joined = new List<DateMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count && Range(text, a, mentions[i + 1], words) is { } range)
            {
                joined.Add(range);
                i++;
                continue;
            }
            joined.Add(Over(text, a, words) ?? a);
        }
        return joined;
    }

    private static DateMention? Range(string text, DateMention a, DateMention b, DateVocabulary words)
    {
        // Two months joined are a range too: "in March and April", "in January or February", "between June 2023 and February 2024".
        var months = IsMonth(a) && IsMonth(b);
        if (!(IsDay(a) && IsDay(b) || months) || a.Date.Earliest >= b.Date.Latest) return null;
        if (!words.JoinsRange(text, a.Span.End, b.Span.Start)) return null;
        // Two weekdays or two months joined are a range by themselves; two dates need "between" or "from" before the first.
        var weekdays = a.Form == DateForm.Relative && b.Form == DateForm.Relative && words.NamesWeekday(a.Text) && words.NamesWeekday(b.Text);
        if (!weekdays && !months && !words.OpensRangeAt(text, a.Span.Start)) return null;
        var span = new TextSpan(a.Span.Start, b.Span.End);
        var said = text[span.Start..span.End];
        return new DateMention(span, said, a.Form, new EventDate(a.Date.Earliest, b.Date.Latest, DatePrecision.Interval, said));
    }

    // "over three days ending on Dec. 17": the days before the one named, counted back.
    private static DateMention? Over(string text, DateMention day, DateVocabulary words)
    {
        if (!IsDay(day)) return null;
        // The slots are "over", "the", "past", the count, "days", "ending", "on".
        if (words.OverDays.Before(text, day.Span.Start) is not { } before || Number(before.Words[3]!) is not (> 1 and <= 31 and var n)) return null;
        var span = new TextSpan(before.Start, day.Span.End);
        var said = text[span.Start..span.End];
        var last = day.Date.Latest!.Value;
        return new DateMention(span, said, day.Form, new EventDate(last.AddDays(1 - n), last, DatePrecision.Interval, said));
    }

    private static bool IsDay(DateMention m) => m.Date.Precision == DatePrecision.Day;

    private static bool IsMonth(DateMention m) => m.Date.Precision == DatePrecision.Month;

    private static int Number(string word) => word.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        var digits => int.TryParse(digits, out var n) ? n : 0,
    };
}
