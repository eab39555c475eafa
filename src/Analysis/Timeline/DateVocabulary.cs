using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// What a date pattern cannot match without: a digit, a year (19xx or 20xx), a digit before a hyphen (an ISO date), or
/// a word of one of the date word lists; and the cues of the other date rules (a statement noun, a known event's name).
/// </summary>
[Flags]
internal enum DateWords
{
    None = 0, Digit = 1, Month = 2, Weekday = 4, Today = 8, Period = 16, Season = 32, Ago = 64, Year = 128, IsoDash = 256,
    Edge = 512, StatementNoun = 1024, KnownEvent = 2048, Ordinal = 4096, PeriodRelationEnd = 8192, RelativePeriod = 16384,
    DayNumber = 32768, MonthPart = 65536, SameDayWord = 131072, WeekendWord = 262144, TodayWord = 524288, GluedDigit = 1048576,
}

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
    private readonly PhraseMatcher notAt, future, clauseFuture, clausePast, statementNouns, periodStart, rangeOpenings, statementVerbs, plans, sameDay, deadlineLeads, relativeOpeners,
        commitments, doneWords;
    private readonly string[] rangeConnectors;
    private readonly string[] weekdayNames;

    private static readonly string[] MonthLists = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    // The last word of the weekend rule ("at the weekend"), its cue.
    private static readonly string[] WeekendWords = ["weekend"];
    private static readonly string[] DayLists = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private DateVocabulary(Lexicon lexicon)
    {
        Regex P(string name) => lexicon.Regex(name);
        Iso = P("date_iso");
        DayMonth = P("date_day_month");
        MonthDay = P("date_month_day");
        MonthYear = P("date_month_year");
        MonthAlone = P("date_month_alone");
        YearAlone = P("date_year_alone");
        PartOfNamedMonth = P("date_part_of_named_month");
        Season = P("date_season");
        Ago = P("date_ago");
        notAt = PhraseMatcher.Of(lexicon, ["date_not_at"]);
        clausePast = PhraseMatcher.Of(lexicon, ["date_clause_past"], ignoreCase: false);
        statementVerbs = PhraseMatcher.Of(lexicon, ["statement_verbs"]);
        future = PhraseMatcher.Of(lexicon, ["date_future_words"]);
        clauseFuture = PhraseMatcher.Of(lexicon, ["date_clause_future"]);
        plans = PhraseMatcher.Of(lexicon, ["date_plan_words"]);
        statementNouns = PhraseMatcher.Of(lexicon, ["date_statement_nouns"]);
        sameDay = PhraseMatcher.Of(lexicon, ["date_same_day"]);
        relativeOpeners = PhraseMatcher.Of(lexicon, ["date_relative_openers"]);
        deadlineLeads = PhraseMatcher.Of(lexicon, ["date_deadline_leads"]);
        deadlineTokens = MostTokens(lexicon, "date_deadline_leads");
        commitments = PhraseMatcher.Of(lexicon, ["date_commitment_words"]);
        doneWords = PhraseMatcher.Of(lexicon, ["date_done_words"], ignoreCase: false);
        periodStart = PhraseMatcher.Of(lexicon, ["date_period_start"]);
        rangeOpenings = PhraseMatcher.Of(lexicon, ["date_range_openings"]);
        (periodStartTokens, rangeOpeningTokens) = (MostTokens(lexicon, "date_period_start"), MostTokens(lexicon, "date_range_openings"));
        rangeConnectors = [.. lexicon.Words("date_range_connectors"), "-", "–", "—"];
        weekdayNames = DayLists.SelectMany(lexicon.Words).ToArray();
        // Rules of words alone. The glue words ("the", "of") and the words whose meaning the resolver spells out
        // ("earlier", "next", "year"…) are the code's; the lists are the lexicon's.
        Today = new DateWordRule((lexicon.Words("date_today_words"), false, false));
        Weekday = new DateWordRule((lexicon.Words("date_weekday_relations"), false, true), (weekdayNames, true, false));
        RelativePeriod = new DateWordRule((["earlier", "later"], false, true), (lexicon.Words("date_period_relations"), false, false),
            (lexicon.Words("date_period_units"), false, false));
        Weekend = new DateWordRule((lexicon.Words("date_weekend_leads"), false, false), (["the"], false, false), (WeekendWords, false, false));
        EdgeOfPeriod = new DateWordRule((["the"], false, true), (lexicon.Words("date_edges"), false, false), (["of"], false, false),
            (["the", "this", "next", "last"], false, false), (["year", "month", "week"], false, false));
        // "over the past three days ending on", "over 3 days to": a count is a word of date_count_words or one or two digits.
        var digits = Enumerable.Range(0, 10).Select(d => $"{d}").Concat(Enumerable.Range(0, 100).Select(n => $"{n:00}"));
        OverDays = new DateWordRule((["over"], false, false), (["the"], false, true), (["past", "last"], false, true),
            ([.. lexicon.Words("date_count_words"), .. digits], false, false), (["days"], false, false),
            (["ending", "to", "through", "up to"], false, false), (["on"], false, true));
        // Month and weekday names are matched with their case ("May", not "may"): so are their cues.
        Cues =
        [
            new((ulong)DateWords.Month, MonthLists.SelectMany(lexicon.Words), true),
            new((ulong)DateWords.Weekday, weekdayNames, true),
            new((ulong)DateWords.Today, lexicon.Words("date_today_words"), false),
            // A rule of words is cued also by a rarer word every match of it holds: "morning" of "this morning" (its first
            // word, "this", is in a sentence in three and ran the rule there), "weekend" of "over the weekend" (not any
            // period's word). A rule's last word may run on into digits ("this morning2" matches as "this morning"), a
            // token of its own: DateResolver.Cues sets these bits too where a digit follows a letter (GluedDigit).
            new((ulong)DateWords.TodayWord, lexicon.Words("date_today_words").Select(LongestWord), false),
            new((ulong)DateWords.WeekendWord, WeekendWords, false),
            new((ulong)DateWords.Period, lexicon.Words("date_period_units"), false),
            new((ulong)DateWords.Season, lexicon.Words("date_seasons"), false),
            new((ulong)DateWords.Ago, lexicon.Words("date_ago"), false),
            new((ulong)DateWords.Edge, lexicon.Words("date_edges"), false),
            new((ulong)DateWords.StatementNoun, lexicon.Words("date_statement_nouns"), false),
            new((ulong)DateWords.Ordinal, lexicon.Words("date_ordinals"), false),
            // The last word of "last", "the past"…, right before a period's: "last week", "the past month".
            new((ulong)DateWords.PeriodRelationEnd, lexicon.Words("date_period_relations").Select(LastWord), false),
            // One word of each phrase of date_same_day ("same" of "the same day"): a sentence without one points to no
            // day before, and its phrase matcher (a walk over the tokens of nearly every sentence) is not run.
            new((ulong)DateWords.SameDayWord, lexicon.Words("date_same_day").Select(LongestWord), false),
        ];
        Pairs = [((ulong)DateWords.PeriodRelationEnd, (ulong)DateWords.Period, (ulong)DateWords.RelativePeriod)];
        for (var i = 0; i < MonthLists.Length; i++)
            foreach (var spelling in lexicon.Words(MonthLists[i])) months[Key(spelling)] = i + 1;
        foreach (var day in Enum.GetValues<DayOfWeek>())
            foreach (var spelling in lexicon.Words(day.ToString().ToLowerInvariant())) weekdays[Key(spelling)] = day;
    }

    private readonly int periodStartTokens, rangeOpeningTokens, deadlineTokens;

    /// <summary>The cue words of the date rules, by their <see cref="DateWords"/> bit, for a <see cref="CueIndex"/>.</summary>
    public IReadOnlyList<CueWords> Cues { get; }

    /// <summary>The cues of two words in a row, for a <see cref="CueIndex"/>.</summary>
    public (ulong Before, ulong After, ulong Both)[] Pairs { get; }

    private static string LastWord(string phrase) =>
        PhraseMatcher.Tokens(phrase, 0, phrase.Length) is [.., var last] ? phrase[last.Start..last.End] : phrase;

    // The longest word of a phrase, the last of equally long ones ("same" of "that same day"): any of its words is in every
    // text the phrase is in, and the longest is mostly the rarest, so it cues the phrase's list best.
    private static string LongestWord(string phrase)
    {
        var best = (Start: 0, End: phrase.Length);
        var first = true;
        foreach (var token in PhraseMatcher.Tokens(phrase, 0, phrase.Length))
            if (first || token.Length >= best.End - best.Start) (best, first) = ((token.Start, token.End), false);
        return phrase[best.Start..best.End];
    }

    public static DateVocabulary Default => For(Lexicon.Default);

    public static DateVocabulary For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new DateVocabulary(l));

    public Regex Iso { get; }
    public Regex DayMonth { get; }
    public Regex MonthDay { get; }
    public Regex MonthYear { get; }
    public Regex MonthAlone { get; }
    public Regex YearAlone { get; }
    public Regex PartOfNamedMonth { get; }
    /// <summary>"the end of next month", "the start of the year".</summary>
    public DateWordRule EdgeOfPeriod { get; }
    public Regex Season { get; }
    /// <summary>"yesterday", "this morning".</summary>
    public DateWordRule Today { get; }

    /// <summary>"on Monday", "this past Friday", "Tuesday".</summary>
    public DateWordRule Weekday { get; }
    public Regex Ago { get; }
    /// <summary>"last week", "earlier this month", "the past year".</summary>
    public DateWordRule RelativePeriod { get; }

    /// <summary>"at the weekend", "over the weekend": the weekend nearest the article, in its clause's tense.</summary>
    public DateWordRule Weekend { get; }

    /// <summary>"over three days ending on" just before a day: the days before it, counted back.</summary>
    public DateWordRule OverDays { get; }

    /// <summary>
    /// Whether text[..end] ends with words that put what follows before or after it, not at it: a word of
    /// <c>date_not_at</c> ("before", "in the wake of") and at most two words more, after an optional "the", "this
    /// year's" or "last year's" ("ahead of the annual BRICS summit").
    /// </summary>
    public bool NotAtAnchor(string text, int end)
    {
        foreach (var hit in notAt.Find(text, 0, end))
        {
            var rest = text.AsSpan(hit.Span.End, end - hit.Span.End);
            // White space after the cue, and after every word that follows it.
            if (rest.IsEmpty || !char.IsWhiteSpace(rest[0]) || !char.IsWhiteSpace(rest[^1])) continue;
            var words = new List<string>();
            foreach (var range in rest.SplitAny(WhiteSpace.Characters))
                if (range.GetOffsetAndLength(rest.Length).Length > 0) words.Add(rest[range].ToString());
            if (words.Count <= 2 && words.All(IsWord)) return true;
            // After "the", "this year's" or "last year's", two words more.
            var article = words.Count >= 1 && Is(words[0], "the") ? 1
                : words.Count >= 2 && (Is(words[0], "this") || Is(words[0], "last")) && Is(words[1], "year's") ? 2 : 0;
            if (article > 0 && words.Count - article <= 2 && words.Skip(article).All(IsWord)) return true;
        }
        return false;
    }

    private static bool Is(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);

    // Letters (as \w reads them, without digits and "_"), apostrophes and hyphens.
    private static bool IsWord(string word) => word.All(c => c is '\'' or '’' or '-' || (IsWordCharacter(c) && !char.IsDigit(c) && c != '_'));

    /// <summary>
    /// Whether a clause, text[start..end), speaks of the past: a word of <c>date_clause_past</c> ("had", "were"), a verb
    /// in -ed (a word of five or more lower-case letters), or it opens with "from" ("from 1,700 in April", "up from…").
    /// </summary>
    public bool ClauseSpeaksOfPast(string text, int start, int end) =>
        OpensWithFrom(text, start, end) || clausePast.Any(text, start, end) || HasVerbInEd(text, start, end);

    // A word of five or more lower-case letters in -ed ("crossed", "completed") in text[start..end).
    private static bool HasVerbInEd(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiLetterLower(text[i]) || (i > start && IsWordCharacter(text[i - 1]))) continue;
            var from = i;
            while (i < end && char.IsAsciiLetterLower(text[i])) i++;
            if (i - from >= 5 && text[i - 2] == 'e' && text[i - 1] == 'd' && (i == end || !IsWordCharacter(text[i]))) return true;
        }
        return false;
    }

    /// <summary>Where the statement verbs of <paramref name="text"/> are ("said", "told", "according to"): the words of <c>statement_verbs</c>.</summary>
    public IReadOnlyList<PhraseMatch> StatementVerbs(string text) => statementVerbs.Find(text);

    // "from", "up from" or "down from" as the clause's first words, in lower case.
    private static bool OpensWithFrom(string text, int start, int end)
    {
        var (first, firstEnd) = PhraseMatcher.NextToken(text, start, end);
        if (first != start) return false;
        if (text.AsSpan(first, firstEnd - first) is "up" or "down")
        {
            var next = firstEnd;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next == firstEnd) return false;
            (first, firstEnd) = PhraseMatcher.NextToken(text, next, end);
        }
        return first >= 0 && text.AsSpan(first, firstEnd - first) is "from";
    }

    private static bool IsWordCharacter(char c) => CueIndex.IsWordCharacter(c);

    /// <summary>Whether text[start..end) speaks of what is still to come ("will", "is scheduled"), not of what happened.</summary>
    public bool SpeaksOfFuture(string text, int start, int end) => future.Any(text, start, end);

    /// <summary>Whether a clause, text[start..end), speaks of the future ("will", "is expected", "plans to").</summary>
    public bool ClauseSpeaksOfFuture(string text, int start, int end) => clauseFuture.Any(text, start, end);

    /// <summary>
    /// Whether text[start..end) holds a word of a plan or an expectation ("is preparing to", "plans to", "expects"): a
    /// date still to come after it is when the plan is to be done, not when what the sentence reports happened.
    /// </summary>
    public bool HoldsPlan(string text, int start, int end) => plans.Any(text, start, end);

    /// <summary>
    /// Whether a date is a deadline ("by Sept. 15", "no later than June 1"): its lead word before it (at
    /// <paramref name="start"/> of <paramref name="text"/>) or opening its own words.
    /// </summary>
    public bool SetsDeadline(string text, int start, string mention)
    {
        if (EndsWithPhrase(deadlineLeads, deadlineTokens, text, start)) return true;
        for (var i = 0; i < mention.Length; i++)
            if (char.IsWhiteSpace(mention[i]) && EndsWithPhrase(deadlineLeads, deadlineTokens, mention, i + 1)) return true;
        return false;
    }

    /// <summary>
    /// Whether a deadline at <paramref name="at"/> ("by May 10") bounds a commitment made in text[from..at): a word of
    /// <c>date_commitment_words</c> ("ordered them to leave", "agreed to complete", "announced the withdrawal", "must be
    /// out") with no verb of what happened between it and the date ("had", "was", a verb in -ed, "left": the words of
    /// <c>date_clause_past</c> and <c>date_done_words</c>). The day is still to come when the commitment was made, however
    /// past its verb; "had crossed by Sept. 14" or "was completed by" tell of what was done by then, and stay the past's.
    /// </summary>
    public bool BoundsCommitment(string text, int from, int at)
    {
        if (from >= at || !SetsDeadline(text, at, "")) return false;
        var lastEnd = -1;
        foreach (var hit in commitments.Find(text, from, at))
            lastEnd = Math.Max(lastEnd, hit.Span.End);
        if (lastEnd < 0) return false;
        return !clausePast.Any(text, lastEnd, at) && !doneWords.Any(text, lastEnd, at) && !HasVerbInEd(text, lastEnd, at);
    }

    /// <summary>Whether a sentence points back to a day already named ("said the same day", "in the same report").</summary>
    public bool PointsToSameDay(string text) => sameDay.Any(text, 0, text.Length);

    /// <summary>Whether the clause at text[at..] opens with a relative word ("whose forces number…", "which has 2,000…").</summary>
    public bool OpensRelativeClause(string text, int at) => relativeOpeners.FindAtStart(text, at, text.Length).Count > 0;

    /// <summary>Whether a sentence tells of a statement ("The briefing took place on Monday").</summary>
    public bool NamesStatement(string text) => statementNouns.Any(text, 0, text.Length);

    /// <summary>Whether text[..end] ends with "since" and white space: what follows is the start of a period, not its date.</summary>
    public bool StartsPeriodAt(string text, int end) => EndsWithPhrase(periodStart, periodStartTokens, text, end);

    /// <summary>
    /// Whether "since" opens a period whose start the date at <paramref name="end"/> gives: right before it ("since
    /// September") or before a short clause of the same stretch ("since the incursion began in August", "since fighting
    /// resumed on December 7"); no comma or other date's clause between (<paramref name="from"/>: where to look back to).
    /// </summary>
    public bool StartsPeriodBefore(string text, int from, int end)
    {
        for (var i = end; i > from && end - i <= PeriodClauseReach; i--)
        {
            var c = text[i - 1];
            if (c is ',' or ';' or ':' or '(' or ')' or '.' or '\u2014') return false;
            if (char.IsWhiteSpace(c) && StartsPeriodAt(text, i)) return true;
        }
        return false;
    }

    /// <summary>Whether a date's own words open with "since" ("since September", read with its lead word).</summary>
    public bool OpensWithPeriodStart(string mention)
    {
        var space = mention.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && StartsPeriodAt(mention, space + 1);
    }

    // How far "since" may stand before the date that starts its period: "since the junta ordered them out in March".
    private const int PeriodClauseReach = 60;

    /// <summary>Whether text[..end] ends with "between" or "from" and white space: a range opens there.</summary>
    public bool OpensRangeAt(string text, int end) => EndsWithPhrase(rangeOpenings, rangeOpeningTokens, text, end);

    /// <summary>Whether text[start..end) joins two dates into a range: "and", "to", "through", a dash; "and on".</summary>
    public bool JoinsRange(string text, int start, int end)
    {
        var between = text.AsSpan(start, end - start).TrimStart();
        foreach (var connector in rangeConnectors)
            if (LiteralLength(between, connector, ignoreCase: true) is var length and > 0 && IsRangeTail(between[length..])) return true;
        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a weekday's name ("Monday").</summary>
    public bool NamesWeekday(string text)
    {
        foreach (var name in weekdayNames)
            for (var i = 0; i < text.Length; i++)
                if (LiteralLength(text.AsSpan(i), name, ignoreCase: false) > 0) return true;
        return false;
    }

    /// <summary>The month (1–12) a spelling stands for, 0 when none.</summary>
    public int MonthOf(string spelling) =>
        months.TryGetValue(Key(spelling), out var month) ? month
        : months.FirstOrDefault(kv => kv.Key.Length >= 3 && spelling.StartsWith(kv.Key[..3], StringComparison.OrdinalIgnoreCase)).Value;

    public DayOfWeek? WeekdayOf(string spelling) => weekdays.TryGetValue(Key(spelling), out var day) ? day : null;

    // After white space, nothing but "on" and white space: "and on Saturday", "to Friday".
    private static bool IsRangeTail(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.Length == 0) return true;
        return rest.Length > 2 && rest[..2].Equals("on", StringComparison.OrdinalIgnoreCase) && rest[2..].IsWhiteSpace();
    }

    // Whether text[..end] is a phrase of the matcher's (of at most maxTokens tokens) and white space after it.
    private static bool EndsWithPhrase(PhraseMatcher phrases, int maxTokens, string text, int end)
    {
        var last = end;
        while (last > 0 && char.IsWhiteSpace(text[last - 1])) last--;
        if (last == end) return false;
        var start = last;
        for (var k = 0; k < maxTokens && start > 0; k++)
        {
            while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
            if (start == 0) break;
            if (char.IsLetterOrDigit(text[start - 1]))
                while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
            else start--;
            if (phrases.Find(text, start, last) is [{ } hit, ..] && hit.Span.Start == start && hit.Span.End == last) return true;
        }
        return false;
    }

    private static int MostTokens(Lexicon lexicon, string list) =>
        lexicon.Words(list).Select(p => PhraseMatcher.Tokens(p, 0, p.Length).Count).DefaultIfEmpty(0).Max();

    // How many characters of text a phrase takes at its start, as a lexicon pattern reads it (a space is any white
    // space, an apostrophe either one); 0 when it is not there.
    private static int LiteralLength(ReadOnlySpan<char> text, string phrase, bool ignoreCase)
    {
        var at = 0;
        foreach (var p in phrase.Replace('’', '\''))
        {
            if (p == ' ')
            {
                var from = at;
                while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
                if (at == from) return 0;
                continue;
            }
            if (at == text.Length) return 0;
            var c = text[at++];
            if (p == '\'' ? c is not ('\'' or '’') : ignoreCase ? char.ToUpperInvariant(c) != char.ToUpperInvariant(p) : c != p) return 0;
        }
        return at;
    }

    // One space between the words: the spelling itself when it has no other white space (a month's name), else a copy.
    private static string Key(string spelling) =>
        spelling.AsSpan().IndexOfAny(WhiteSpace.Any) < 0 ? spelling : string.Join(' ', spelling.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
