using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>What a date pattern cannot match without: a digit, or a word of one of the date word lists.</summary>
[Flags]
internal enum DateWords { None = 0, Digit = 1, Month = 2, Weekday = 4, Today = 8, Period = 16, Season = 32, Ago = 64 }

/// <summary>
/// The patterns dates are read with, compiled from a <see cref="Lexicon"/> (the kit's <c>Data/lexicon/dates.json</c>
/// and whatever a corpus adds): one per kind of date expression, the tense cues, and which month or weekday each
/// spelling stands for (the lists "january"…"december" and "monday"…"sunday").
/// </summary>
internal sealed class DateVocabulary
{
    private static readonly ConditionalWeakTable<Lexicon, DateVocabulary> Cache = [];

    private readonly Dictionary<string, int> months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayOfWeek> weekdays = new(StringComparer.Ordinal);
    private readonly PhraseMatcher triggers;
    private readonly Dictionary<string, DateWords> kinds = new(StringComparer.Ordinal);

    private DateVocabulary(Lexicon lexicon)
    {
        Regex P(string name) => lexicon.Regex(name);
        Iso = P("date_iso");
        DayRangeMonth = P("date_day_range_month");
        MonthDayRange = P("date_month_day_range");
        DayMonth = P("date_day_month");
        MonthDay = P("date_month_day");
        MonthYear = P("date_month_year");
        MonthAlone = P("date_month_alone");
        YearAlone = P("date_year_alone");
        PartOfNamedMonth = P("date_part_of_named_month");
        EdgeOfPeriod = P("date_edge_of_period");
        Season = P("date_season");
        Today = P("date_today");
        Weekday = P("date_weekday");
        Ago = P("date_ago");
        RelativePeriod = P("date_relative_period");
        Future = P("date_future");
        NotAtAnchor = P("date_not_at_anchor");
        ClauseFuture = P("date_clause_future_cue");
        ClausePast = lexicon.Regex("date_clause_past_cue", RegexOptions.None);
        PeriodStartBefore = P("date_period_start_before");
        StatementNoun = P("date_statement_noun");
        RangeConnector = P("date_range_connector");
        RangeOpening = P("date_range_opening");
        OverDays = P("date_over_days");
        WeekdayName = P("date_weekday_name");
        string[] monthLists = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[] dayLists = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        // Every pattern needs a digit or one of these words: where neither is, no pattern is run.
        triggers = PhraseMatcher.Of(lexicon, [.. monthLists, .. dayLists, "date_today_words", "date_period_units", "date_seasons", "date_ago"]);
        foreach (var list in monthLists) kinds[list] = DateWords.Month;
        foreach (var list in dayLists) kinds[list] = DateWords.Weekday;
        (kinds["date_today_words"], kinds["date_period_units"], kinds["date_seasons"], kinds["date_ago"]) = (DateWords.Today, DateWords.Period, DateWords.Season, DateWords.Ago);
        for (var i = 0; i < monthLists.Length; i++)
            foreach (var spelling in lexicon.Words(monthLists[i])) months[Key(spelling)] = i + 1;
        foreach (var day in Enum.GetValues<DayOfWeek>())
            foreach (var spelling in lexicon.Words(day.ToString().ToLowerInvariant())) weekdays[Key(spelling)] = day;
    }

    public static DateVocabulary Default => For(Lexicon.Default);

    public static DateVocabulary For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new DateVocabulary(l));

    public Regex Iso { get; }
    public Regex DayRangeMonth { get; }
    public Regex MonthDayRange { get; }
    public Regex DayMonth { get; }
    public Regex MonthDay { get; }
    public Regex MonthYear { get; }
    public Regex MonthAlone { get; }
    public Regex YearAlone { get; }
    public Regex PartOfNamedMonth { get; }
    public Regex EdgeOfPeriod { get; }
    public Regex Season { get; }
    public Regex Today { get; }
    public Regex Weekday { get; }
    public Regex Ago { get; }
    public Regex RelativePeriod { get; }

    /// <summary>A sentence that speaks of what is still to come ("will", "is scheduled").</summary>
    public Regex Future { get; }

    /// <summary>Words just before a known event's name that put the sentence before or after it, not at it.</summary>
    public Regex NotAtAnchor { get; }

    /// <summary>A clause that speaks of the future ("will", "is expected", "plans to").</summary>
    public Regex ClauseFuture { get; }

    /// <summary>A clause that speaks of the past ("had", "were", a verb in -ed, "from 1,700 in April").</summary>
    public Regex ClausePast { get; }

    /// <summary>"since " just before a date: the start of a period, not its date.</summary>
    public Regex PeriodStartBefore { get; }

    /// <summary>A sentence that tells of a statement ("The briefing took place on Monday").</summary>
    public Regex StatementNoun { get; }

    public Regex RangeConnector { get; }
    public Regex RangeOpening { get; }
    public Regex OverDays { get; }
    public Regex WeekdayName { get; }

    /// <summary>
    /// The kinds of date words <paramref name="text"/> has (a digit; a word of the month, weekday, today, period, season
    /// or "ago" lists), found in one pass of the phrase matcher: each date pattern needs some of them.
    /// </summary>
    public DateWords Present(string text)
    {
        var present = text.AsSpan().ContainsAnyInRange('0', '9') || text.Any(char.IsDigit) ? DateWords.Digit : DateWords.None;
        foreach (var match in triggers.Find(text)) present |= kinds[match.Label];
        return present;
    }

    /// <summary>The month (1–12) a spelling stands for, 0 when none.</summary>
    public int MonthOf(string spelling) =>
        months.TryGetValue(Key(spelling), out var month) ? month
        : months.FirstOrDefault(kv => kv.Key.Length >= 3 && spelling.StartsWith(kv.Key[..3], StringComparison.OrdinalIgnoreCase)).Value;

    public DayOfWeek? WeekdayOf(string spelling) => weekdays.TryGetValue(Key(spelling), out var day) ? day : null;

    private static string Key(string spelling) => string.Join(' ', spelling.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
