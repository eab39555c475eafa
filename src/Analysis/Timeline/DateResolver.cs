using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// Finds the date expressions of a text and resolves each to an interval with its precision:
/// explicit dates ("Oct. 23, 2024", "23 October 2024", "October 2024", "2024-10-23", "22–24 October"),
/// named periods ("the first week of February", "late September", "the end of the year", "in the spring"),
/// dates relative to the day the article was published ("yesterday", "on Tuesday", "last week",
/// "earlier this month"), and known events named instead of a date ("the BRICS summit").
/// Nothing is invented: a relative date needs the published date, a date without a year takes the
/// year its tense fits (else the one nearest the published date), and without a published date either stays unknown,
/// with its words kept so the reader sees why. The words and patterns are the lexicon's (<c>Data/lexicon/dates.json</c>).
/// </summary>
public sealed class DateResolver
{
    private readonly KnownEvents? events;
    private readonly DateVocabulary words;
    private readonly CueIndex cues;
    private readonly Recognizer[] recognizers;

    // A kind of date expression: a pattern with what its match means, or a rule of words in a row with what its words mean.
    private sealed record Recognizer(DateForm Form, DateWords Needs, Regex? Pattern = null, Func<Match, Context, EventDate>? Resolve = null,
        DateWordRule? Rule = null, Func<DateWordRule.Found, Context, EventDate>? ResolveWords = null);

    private static Recognizer Of(Regex pattern, DateForm form, Func<Match, Context, EventDate> resolve, DateWords needs) =>
        new(form, needs, Pattern: pattern, Resolve: resolve);

    private static Recognizer Of(DateWordRule rule, DateForm form, Func<DateWordRule.Found, Context, EventDate> resolve, DateWords needs) =>
        new(form, needs, Rule: rule, ResolveWords: resolve);

    /// <param name="events">Known events named instead of a date (default: <see cref="KnownEvents.Default"/>).</param>
    /// <param name="lexicon">The vocabulary dates are read with (default: <see cref="Lexicon.Default"/>).</param>
    public DateResolver(KnownEvents? events = null, Lexicon? lexicon = null)
    {
        this.events = events;
        words = DateVocabulary.For(lexicon ?? Lexicon.Default);
        cues = new CueIndex(words.Cues.Append(new CueWords((ulong)DateWords.KnownEvent, Events.Events.SelectMany(e => e.Aliases.Append(e.Name)))), words.Pairs);
        var w = words;
        // Each pattern with the cues it cannot match without: where they are not, it is not run.
        recognizers =
        [
            Of(w.Iso, DateForm.Explicit, (m, _) => Day(Int(m, "year"), Int(m, "month"), Int(m, "day")), DateWords.IsoDash),
            Of(w.PartOfNamedMonth, DateForm.Explicit, PartOfNamedMonth, DateWords.Month | DateWords.MonthPart),
            Of(w.EdgeOfPeriod, DateForm.Relative, EdgeOfPeriod, DateWords.Edge),
            Of(w.Season, DateForm.Explicit, Season, DateWords.Season),
            Of(w.DayMonth, DateForm.Explicit, DayOrRange, DateWords.DayNumber | DateWords.Month),
            Of(w.MonthDay, DateForm.Explicit, DayOrRange, DateWords.DayNumber | DateWords.Month),
            Of(w.MonthYear, DateForm.Explicit, (m, c) => PartOfMonth(Int(m, "year"), MonthOf(m, c), PartOf(m)), DateWords.Year | DateWords.Month),
            Of(w.MonthAlone, DateForm.Explicit, MonthAlone, DateWords.Month),
            Of(w.YearAlone, DateForm.Explicit, (m, _) => PartOfYear(Int(m, "year"), PartOf(m)), DateWords.Year),
            Of(w.Today, DateForm.Relative, Today, DateWords.Today | DateWords.TodayWord),
            Of(w.Weekday, DateForm.Relative, Weekday, DateWords.Weekday),
            Of(w.Ago, DateForm.Relative, Ago, DateWords.Ago),
            Of(w.RelativePeriod, DateForm.Relative, RelativePeriod, DateWords.RelativePeriod),
            Of(w.Weekend, DateForm.Relative, Weekend, DateWords.Period | DateWords.WeekendWord),
        ];
    }

    /// <summary>A resolver with the kit's known events and vocabulary.</summary>
    public static DateResolver Default { get; } = new();

    public KnownEvents Events => events ?? KnownEvents.Default;

    /// <summary>Every date expression of <paramref name="text"/>, in text order, resolved against <paramref name="published"/>.</summary>
    /// <remarks>The tense is the sentence's: one that speaks of the future ("will", "is scheduled") looks forward.</remarks>
    public IReadOnlyList<DateMention> FindAll(string text, DateOnly? published = null)
    {
        // The tense matters only to a date that was found: it is looked for once, at the first.
        Tense? tense = null;
        return FindAll(text, Cues(text), published, _ => tense ??= words.SpeaksOfFuture(text, 0, text.Length) ? Tense.Future : Tense.Unknown);
    }

    /// <summary>
    /// Every date expression of <paramref name="text"/>, each resolved with the tense <paramref name="tenseAt"/> gives
    /// at its start (that of its own clause: "said on Monday" looks back, "will arrive on Monday" forward).
    /// </summary>
    /// <remarks><paramref name="present"/> is what <see cref="Cues"/> says of <paramref name="text"/>.</remarks>
    internal IReadOnlyList<DateMention> FindAll(string text, DateWords present, DateOnly? published, Func<int, Tense> tenseAt, DateOnly? around = null,
        Matches? kept = null)
    {
        if (!MayFind(present)) return [];
        List<DateMention>? candidates = null;
        if (kept is { Read: true })
        {
            // Read before: the same matches, in the same order, resolved again against this reading's days and tenses.
            foreach (var (k, match, words) in kept.Found ?? [])
                (candidates ??= []).Add(match is not null ? Mention(recognizers[k], match, published, tenseAt, around)
                    : Mention(recognizers[k], words!, text, published, tenseAt, around));
        }
        else
            for (var k = 0; k < recognizers.Length; k++)
            {
                var r = recognizers[k];
                if ((r.Needs & present) != r.Needs) continue;
                if (r.Pattern is { } pattern)
                    for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                    {
                        if (kept is not null) (kept.Found ??= []).Add((k, m, null));
                        (candidates ??= []).Add(Mention(r, m, published, tenseAt, around));
                    }
                else
                    for (var f = r.Rule!.Next(text, 0); f is not null; f = r.Rule.Next(text, f.End))
                    {
                        if (kept is not null) (kept.Found ??= []).Add((k, null, f));
                        (candidates ??= []).Add(Mention(r, f, text, published, tenseAt, around));
                    }
            }
        var named = kept is { Read: true } ? kept.Events : (present & DateWords.KnownEvent) != 0 ? Events.FindEvents(text) : [];
        if (kept is not null) (kept.Events, kept.Read) = (named, true);
        foreach (var (knownEvent, span) in named)
        {
            // "before the summit" or "since the summit" does not happen at the summit.
            if (words.NotAtAnchor(text, span.Start)) continue;
            if ((published ?? around) is { } p && Math.Abs(p.DayNumber - knownEvent.Start.DayNumber) > MaxAnchorDistanceDays) continue;
            var found = text[span.Start..span.End];
            (candidates ??= []).Add(new DateMention(span, found, DateForm.Anchor, knownEvent.Date(found)));
        }
        if (candidates is null) return [];
        // Where two expressions overlap, the longer one is the expression ("23 October 2024", not "October 2024").
        return DateRanges.Join(text, SpanOverlaps.WithoutOverlaps(candidates, c => c.Span), words);
    }

    private DateMention Mention(Recognizer r, Match m, DateOnly? published, Func<int, Tense> tenseAt, DateOnly? around)
    {
        var found = m.Value; // a new string at each call
        return new DateMention(new TextSpan(m.Index, m.Index + m.Length), found, r.Form,
            r.Resolve!(m, new Context(published, tenseAt, m.Index, around, words)) with { Expression = found });
    }

    private DateMention Mention(Recognizer r, DateWordRule.Found f, string text, DateOnly? published, Func<int, Tense> tenseAt, DateOnly? around)
    {
        var found = text[f.Start..f.End];
        return new DateMention(new TextSpan(f.Start, f.End), found, r.Form,
            r.ResolveWords!(f, new Context(published, tenseAt, f.Start, around, words)) with { Expression = found });
    }

    /// <summary>
    /// What <see cref="FindAll(string, DateWords, DateOnly?, Func{int, Tense}, DateOnly?, Matches?)"/> found in one text, kept
    /// for a second reading of the same text near another day (an undated article's sentences, read again near the window
    /// it was written in): the patterns' and word rules' matches and the known events named, which do not depend on the
    /// day, are not looked for again; only what they mean is resolved again. A sealed class of its own, one per text.
    /// </summary>
    internal sealed class Matches
    {
        internal List<(int Recognizer, Match? Match, DateWordRule.Found? Words)>? Found;
        internal IReadOnlyList<(KnownEvent Event, TextSpan Span)> Events = [];
        internal bool Read;
    }

    /// <summary>Whether a text with the cues <paramref name="present"/> may hold a date expression: a rule's cues are all there, or a known event's name.</summary>
    internal bool MayFind(DateWords present)
    {
        if ((present & DateWords.KnownEvent) != 0) return true;
        foreach (var r in recognizers)
            if ((r.Needs & present) == r.Needs) return true;
        return false;
    }

    /// <summary>
    /// The cues of <paramref name="text"/>'s date rules, in one walk over its tokens and one over its characters: which
    /// date words, numbers and known events' names it may hold, and whether it may name a statement.
    /// </summary>
    internal DateWords Cues(string text)
    {
        var present = (DateWords)cues.Scan(text);
        // "the first week of May", "the end of May".
        if ((present & (DateWords.Ordinal | DateWords.Edge)) != 0) present |= DateWords.MonthPart;
        var span = text.AsSpan();
        var digit = span.IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            // \d is any decimal digit, not only 0–9.
            foreach (var c in span)
                if (c > '\u007f' && char.IsDigit(c)) return Glued(present | Digits(text));
            return present;
        }
        return Glued(present | Digits(text));
    }

    // A word rule's last word that runs on into digits ("this morning2") is one token with them, which does not cue the
    // rule (TodayWord, WeekendWord): where a digit follows a letter, the rules are cued as their other words cue them.
    private static DateWords Glued(DateWords present) =>
        (present & DateWords.GluedDigit) != 0 ? present | DateWords.TodayWord | DateWords.WeekendWord : present;

    // Digits, a year (19xx or 20xx: the patterns spell 19 and 20 in ASCII), a digit before a hyphen (2024-10-23) and a
    // day's number: one or two digits that start a word and are no part of a larger number ("23", "5th"; not "10,500").
    private static DateWords Digits(string text)
    {
        var found = DateWords.Digit;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i])) continue;
            if (i == 0 || !char.IsDigit(text[i - 1]))
            {
                if (i > 0 && char.IsLetter(text[i - 1])) found |= DateWords.GluedDigit;
                var end = i;
                while (end < text.Length && char.IsDigit(text[end])) end++;
                if (end - i <= 2 && (i == 0 || !CueIndex.IsWordCharacter(text[i - 1])) &&
                    !(end + 1 < text.Length && text[end] is '.' or ',' && char.IsDigit(text[end + 1])))
                    found |= DateWords.DayNumber;
            }
            if (i + 1 < text.Length && text[i + 1] == '-') found |= DateWords.IsoDash;
            if (i + 3 < text.Length && (text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                found |= DateWords.Year;
        }
        return found;
    }

    /// <summary>
    /// The date of <paramref name="text"/>: of its resolvable expressions, the narrowest (a day before a
    /// month), the first on a tie. False when nothing in the text resolves to a date.
    /// </summary>
    public bool TryResolve(string text, DateOnly? published, out EventDate date)
    {
        var best = FindAll(text, published).Where(m => m.IsResolved)
            .OrderBy(m => m.Date.Latest!.Value.DayNumber - m.Date.Earliest!.Value.DayNumber)
            .FirstOrDefault();
        date = best?.Date ?? EventDate.Unknown;
        return best is not null;
    }

    /// <summary>
    /// Like <see cref="TryResolve"/>, but never fails: an undated text gets <see cref="EventDate.Unknown"/>,
    /// keeping the words of an expression that could not be resolved ("on Tuesday" with no published date).
    /// </summary>
    public EventDate Resolve(string text, DateOnly? published = null)
    {
        // TryResolve's choice, from one search of the text rather than two.
        var all = FindAll(text, published);
        if (all.Count == 0) return EventDate.Unknown;
        // The narrowest resolved one, the first on a tie (as a stable sort would pick).
        DateMention? best = null;
        var bestWidth = int.MaxValue;
        foreach (var m in all)
            if (m.IsResolved && m.Date.Latest!.Value.DayNumber - m.Date.Earliest!.Value.DayNumber is var width && width < bestWidth)
                (best, bestWidth) = (m, width);
        return (best ?? all[0]).Date;
    }

    /// <summary>
    /// A known event named in an article published more than this far from it is likely another edition
    /// of it (a later BRICS summit), so it does not date the article's sentence.
    /// </summary>
    public const int MaxAnchorDistanceDays = 366;

    /// <summary>
    /// When a date's clause speaks: of what happened (a weekday is the last such day, a month the last such month),
    /// of what is to come (the next ones), or it does not say (a month without a year is the one nearest the day of publication).
    /// </summary>
    /// <remarks>
    /// A deadline is what a commitment is to be done by ("ordered them to leave by May 10"): still to come when it was set,
    /// so it looks forward as the future does, though its verb is past; a day that passed less than
    /// <see cref="DeadlinePassedDays"/> before the article is the one told of after it fell due ("had announced the
    /// withdrawal by August 31", two days later), not the next year's.
    /// </remarks>
    internal enum Tense { Unknown, Past, Future, Deadline }

    /// <summary>How long before the article a deadline's day may lie and still be the one it tells of (see <see cref="Tense"/>).</summary>
    public const int DeadlinePassedDays = 31;

    /// <param name="TenseAt">The tense at an offset of the text.</param>
    /// <param name="At">Where the date starts in the text.</param>
    /// <param name="Around">A day near which a date without a year falls, when there is no published date (the window an undated article was written in).</param>
    internal readonly record struct Context(DateOnly? Published, Func<int, Tense> TenseAt, int At, DateOnly? Around, DateVocabulary Words)
    {
        /// <summary>The tense of the date's clause, read only by the rules that need one (a date with its year needs none).</summary>
        public Tense Tense => TenseAt(At);

        public bool Future => Tense is Tense.Future or Tense.Deadline;
        public DateOnly? YearAnchor => Published ?? Around;
    }

    // --- Explicit dates ---------------------------------------------------------------------------

    // A number followed by troops is a count, not a year ("in 2000 soldiers' barracks" is rare; "of 2000 troops" is not).









    // "22–24 October" and "October 22–24" are ranges of days (a second day), "22 October" and "October 22" days.
    private static EventDate DayOrRange(Match m, Context c) => m.Groups["day2"].Success ? DayRange(m, c) : MonthDay(m, c);

    private static EventDate DayRange(Match m, Context c)
    {
        var month = MonthOf(m, c);
        var (first, last) = (Int(m, "day"), Int(m, "day2"));
        if (last <= first) return Undated();
        if (m.Groups["year"].Success) return Interval(Int(m, "year"), month, first, last);
        return YearFor(c, month, first) is { } year ? Interval(year, month, first, last) : Undated();
    }

    private static EventDate MonthDay(Match m, Context c)
    {
        var (month, day) = (MonthOf(m, c), Int(m, "day"));
        if (m.Groups["year"].Success) return Day(Int(m, "year"), month, day);
        return YearFor(c, month, day) is { } year ? Day(year, month, day) : Undated();
    }

    private static EventDate MonthAlone(Match m, Context c)
    {
        var month = MonthOf(m, c);
        // "killed in the clash last June" (the lead "last" of date_month_leads): the last such month before the published
        // one, whatever the clause's tense.
        if (m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) && c.YearAnchor is { } p && month is >= 1 and <= 12)
            return PartOfMonth(month < p.Month ? p.Year : p.Year - 1, month, PartOf(m));
        return YearFor(c, month, 1, wholeMonth: true) is { } year ? PartOfMonth(year, month, PartOf(m)) : Undated();
    }

    // A date without a year takes the year that fits its clause's tense: the last such day on or before the published
    // day for what happened, the next on or after it for what is to come; when the tense does not say, the nearest.
    private static int? YearFor(Context c, int month, int day, bool wholeMonth = false)
    {
        if (c.YearAnchor is not { } p) return null;
        var tense = c.Tense;
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (var year in new[] { p.Year - 1, p.Year, p.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var (first, last) = wholeMonth
                ? (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)))
                : (new DateOnly(year, month, day), new DateOnly(year, month, day));
            if (tense == Tense.Past && first > p) continue;
            if (tense == Tense.Future && last < p) continue;
            if (tense == Tense.Deadline && last < p && p.DayNumber - last.DayNumber > DeadlinePassedDays) continue;
            var distance = first <= p && p <= last ? 0 : Math.Min(Math.Abs(first.DayNumber - p.DayNumber), Math.Abs(last.DayNumber - p.DayNumber));
            if (distance < bestDistance) (best, bestDistance) = (year, distance);
        }
        return best;
    }


    private static EventDate PartOfNamedMonth(Match m, Context c)
    {
        var month = MonthOf(m, c);
        if (month is < 1 or > 12) return Undated();
        int? year = m.Groups["year"].Success ? Int(m, "year") : YearFor(c, month, 1, wholeMonth: true);
        if (year is not { } y) return Undated();
        var days = DateTime.DaysInMonth(y, month);
        var ordinal = Words(m, "ord");
        var (first, last) = (Words(m, "edge"), Words(m, "unit")) switch
        {
            ("end", _) => (days, days),
            ("start" or "beginning", _) => (1, 1),
            ("middle", _) => (11, 20),
            (_, "half") => ordinal == "first" ? (1, 15) : (16, days),
            (_, "fortnight") => ordinal == "first" ? (1, 14) : ordinal == "second" ? (15, 28) : (days - 13, days),
            _ => ordinal switch
            {
                "first" => (1, 7),
                "second" => (8, 14),
                "third" => (15, 21),
                "fourth" => (22, 28),
                _ => (days - 6, days),
            },
        };
        return first == last ? Day(y, month, first) : Interval(y, month, first, last);
    }


    // "the end of next month": the slots are "the", the edge, "of", the relation and the unit.
    private static EventDate EdgeOfPeriod(DateWordRule.Found m, Context c)
    {
        if (c.Published is not { } p) return Undated();
        var rel = Words(m, 3);
        var unit = Words(m, 4);
        var edge = Words(m, 1);
        var shift = rel switch { "next" => 1, "last" => -1, _ => 0 };
        EventDate At(int k) => unit switch
        {
            "year" => edge switch
            {
                "end" => Day(new DateOnly(p.Year + k, 12, 31)),
                "middle" => PartOfYear(p.Year + k, "mid"),
                _ => Day(new DateOnly(p.Year + k, 1, 1)),
            },
            "month" => FirstOfMonth(p.AddMonths(k)) is var f ? edge switch
            {
                "end" => Day(f.AddMonths(1).AddDays(-1)),
                "middle" => Interval(f.Year, f.Month, 11, 20),
                _ => Day(f),
            } : Undated(),
            _ => MondayOf(p).AddDays(7 * k) is var monday ? edge switch
            {
                "end" => Day(monday.AddDays(6)),
                "middle" => Span(monday.AddDays(2), monday.AddDays(3)),
                _ => Day(monday),
            } : Undated(),
        };
        var date = At(shift);
        // "By the end of the month the number had risen": a past that ended before the article, not this month's end.
        if (rel == "the" && c.Tense == Tense.Past && date.Earliest > p) date = At(-1);
        return date;
    }


    private static EventDate Season(Match m, Context c)
    {
        var firstMonth = Words(m, "season") switch
        {
            "spring" => 3,
            "summer" => 6,
            "autumn" or "fall" => 9,
            _ => 12,
        };
        EventDate Of(int year) => Span(new DateOnly(year, firstMonth, 1), new DateOnly(year, firstMonth, 1).AddMonths(3).AddDays(-1));
        if (m.Groups["year"].Success) return Of(Int(m, "year"));
        if (c.YearAnchor is not { } p) return Undated();
        var seasons = new[] { p.Year - 2, p.Year - 1, p.Year, p.Year + 1 }.Select(Of).ToArray();
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        EventDate? chosen = rel switch
        {
            "this" => seasons.FirstOrDefault(d => d.Earliest <= p && p <= d.Latest) ?? seasons.FirstOrDefault(d => d.Earliest!.Value.Year == p.Year),
            "last" => seasons.LastOrDefault(d => d.Latest < p),
            "next" => seasons.FirstOrDefault(d => d.Earliest > p),
            _ when c.Future => seasons.FirstOrDefault(d => d.Latest >= p),
            _ => seasons.LastOrDefault(d => d.Earliest <= p),
        };
        return chosen ?? Undated();
    }

    // --- Dates relative to the published date -----------------------------------------------------







    /// <summary>Whether a sentence speaks of what is still to come ("will", "is scheduled"), not of what happened.</summary>
    internal static bool SpeaksOfFuture(string sentence, Lexicon? lexicon = null) =>
        DateVocabulary.For(lexicon ?? Lexicon.Default).SpeaksOfFuture(sentence, 0, sentence.Length);


    private static EventDate Today(DateWordRule.Found m, Context c)
    {
        if (c.Published is not { } p) return Undated();
        return Words(m, 0) == "yesterday" ? Day(p.AddDays(-1)) : Day(p);
    }

    // A bare weekday is the latest such day on or before the published date (news reports what happened),
    // or the next one when the sentence speaks of the future; "last" and "next" exclude the published day.
    // The slots are the relation ("last", "on"…) and the weekday.
    private static EventDate Weekday(DateWordRule.Found m, Context c)
    {
        if (c.Published is not { } p) return Undated();
        if (c.Words.WeekdayOf(m.Words[1]!) is not { } weekday) return Undated();
        var rel = Words(m, 0);
        var back = ((int)p.DayOfWeek - (int)weekday + 7) % 7;    // days back to the latest such day, 0 = the published day
        var ahead = ((int)weekday - (int)p.DayOfWeek + 7) % 7;
        return rel switch
        {
            "last" or "this past" => Day(p.AddDays(-(back == 0 ? 7 : back))),
            "next" or "this coming" => Day(p.AddDays(ahead == 0 ? 7 : ahead)),
            "this" => Day(MondayOf(p).AddDays(((int)weekday + 6) % 7)),
            _ => c.Future ? Day(p.AddDays(ahead)) : Day(p.AddDays(-back)),
        };
    }

    private static EventDate Ago(Match m, Context c)
    {
        if (c.Published is not { } p) return Undated();
        var n = NumberWord(m.Groups["n"].Value);
        return Words(m, "unit") switch
        {
            "day" => Day(p.AddDays(-n)),
            "week" => Week(p.AddDays(-7 * n)),
            "month" => Month_(p.AddMonths(-n)),
            _ => YearOf(p.Year - n),
        };
    }

    // The slots are "earlier" or "later", the relation ("last", "the past"…) and the unit.
    private static EventDate RelativePeriod(DateWordRule.Found m, Context c)
    {
        if (c.Published is not { } p) return Undated();
        var rel = Words(m, 1);
        var when = Words(m, 0);
        var unit = Words(m, 2);
        var shift = rel switch { "last" or "the previous" => -1, "next" => 1, _ => 0 };
        if (rel == "this past" && unit == "weekend") return Weekend(m, c with { TenseAt = static _ => Tense.Past });
        if (rel is "the past" or "this past")
            return unit switch
            {
                "week" => Span(p.AddDays(-7), p),
                "month" => Span(p.AddMonths(-1), p),
                "year" => Span(p.AddYears(-1), p),
                _ => Undated(),
            };
        var (first, last, whole) = unit switch
        {
            "weekend" => (MondayOf(p).AddDays(7 * shift + 5), MondayOf(p).AddDays(7 * shift + 6), (EventDate?)null),
            "week" => (MondayOf(p).AddDays(7 * shift), MondayOf(p).AddDays(7 * shift + 6), null),
            "month" => (FirstOfMonth(p.AddMonths(shift)), FirstOfMonth(p.AddMonths(shift)).AddMonths(1).AddDays(-1), Month_(p.AddMonths(shift))),
            _ => (new DateOnly(p.Year + shift, 1, 1), new DateOnly(p.Year + shift, 12, 31), YearOf(p.Year + shift)),
        };
        // "earlier this month" ends before the published day; "later this week" starts after it.
        if (shift == 0 && when == "earlier") return Span(first, Max(first, p.AddDays(-1)));
        if (shift == 0 && when == "later") return Span(Min(p.AddDays(1), last), last);
        return whole ?? Span(first, last);
    }

    // A weekend told without "last" or "next" is the one the article was written in or just after, else the one
    // before it ("announced at the weekend" on a Monday or a Friday), or the coming one in a clause of the future.
    private static EventDate Weekend(DateWordRule.Found m, Context c)
    {
        if (c.Published is not { } p) return Undated();
        var saturday = MondayOf(p).AddDays(5);
        if (p < saturday && !c.Future) saturday = saturday.AddDays(-7);
        return Span(saturday, saturday.AddDays(1));
    }

    // --- Building dates ----------------------------------------------------------------------------

    private static EventDate Undated() => EventDate.Unknown;

    private static EventDate Day(DateOnly d) => new(d, d, DatePrecision.Day, null);

    private static EventDate Day(int year, int month, int day) =>
        IsValid(year, month, day) ? Day(new DateOnly(year, month, day)) : Undated();

    private static EventDate Interval(int year, int month, int first, int last) =>
        IsValid(year, month, first) && IsValid(year, month, last)
            ? Span(new DateOnly(year, month, first), new DateOnly(year, month, last))
            : Undated();

    private static EventDate Span(DateOnly first, DateOnly last) =>
        first == last ? Day(first) : new(first, last, DatePrecision.Interval, null);

    private static EventDate Week(DateOnly d) => Span(MondayOf(d), MondayOf(d).AddDays(6));

    private static EventDate Month_(DateOnly d) =>
        new(FirstOfMonth(d), FirstOfMonth(d).AddMonths(1).AddDays(-1), DatePrecision.Month, null);

    private static EventDate YearOf(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, null);

    // "early October" is days 1–10, "mid" 11–20, "late" 21 to the end.
    private static EventDate PartOfMonth(int year, int month, string part)
    {
        if (month is < 1 or > 12) return Undated();
        var days = DateTime.DaysInMonth(year, month);
        return part.ToLowerInvariant() switch
        {
            "early" => Interval(year, month, 1, 10),
            "mid" => Interval(year, month, 11, 20),
            "late" => Interval(year, month, 21, days),
            _ => Month_(new DateOnly(year, month, 1)),
        };
    }

    // "early 2024" is January–April, "mid" May–August, "late" September–December.
    private static EventDate PartOfYear(int year, string part) => part.ToLowerInvariant() switch
    {
        "early" => Span(new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
        "mid" => Span(new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
        "late" => Span(new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
        _ => YearOf(year),
    };

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m, Context c)
    {
        var name = m.Groups["month"].Value;
        return char.IsDigit(name[0]) ? int.Parse(name, CultureInfo.InvariantCulture) : c.Words.MonthOf(name);
    }

    // "early", "mid" or "late", as the pattern's groups say; "" for the whole month or year.
    private static string PartOf(Match m) =>
        m.Groups["early"].Success ? "early" : m.Groups["mid"].Success ? "mid" : m.Groups["late"].Success ? "late" : "";

    // A group's words in lower case, one space between them ("this  past" is "this past").
    private static string Words(Match m, string group) => Normalized(m.Groups[group].Value);

    // A slot's words in lower case, one space between them; "" for a slot left out.
    private static string Words(DateWordRule.Found m, int slot) => m.Words[slot] is { } words ? Normalized(words) : "";

    // Words in lower case, one space between them: the words themselves when they are so already (a date's words
    // usually are), else a copy.
    private static string Normalized(string words)
    {
        var plain = words.Length > 0 && words[0] != ' ' && words[^1] != ' ';
        for (var i = 0; i < words.Length && plain; i++)
        {
            var c = words[i];
            plain = c == ' ' ? words[i - 1] != ' ' : !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && char.ToLowerInvariant(c) == c;
        }
        return plain ? words : string.Join(' ', words.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static int NumberWord(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };
}
