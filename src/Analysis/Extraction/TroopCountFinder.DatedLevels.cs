namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A level held at a dated time before the article's own ("there were some 2,300 US troops in the country in December 2016",
/// "the battalion numbered 900 in 2019"): a verb of holding a level (earlier_holding_verbs) right before the figure and a date
/// with a year after it in its clause (a lead of past_date_leads or past_year_leads, a month at most between). The figure is
/// of then (earlier) only when that date is before the article's time: its publication month when known, else the latest year
/// its text names; a date of the article's own time ("had 1,100 troops there in March 2025" in March 2025) stays current.
/// So too a level a change reached at that date, told with a verb of a past change right before the figure ("troop numbers
/// fell to 8,400 by the end of 2016", "the contingent grew to 5,100 in 2020": list level_reached_verbs), and a date that opens
/// the sentence before the verb ("In 2019, the U.S. had about 5,200 troops in Iraq", "In 2016, troop numbers fell to about
/// 8,400"): background of the years before is told both ways round.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The months by their first three letters, in order (the lexicon's "months" list says which words are months).
    private const string MonthInitials = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private readonly DatedLevelWords datedLevels;

    private sealed class DatedLevelWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases ReachedVerbs = AdjacentPhrases.Of(lexicon, "level_reached_verbs");
        public readonly AdjacentPhrases Perfects = AdjacentPhrases.Of(lexicon, "level_reached_perfects");
    }

    private void PastDatedLevels(Document document, List<FigureCandidate> result)
    {
        var text = document.Text;
        int? latestYear = null;
        for (var i = 0; i < result.Count; i++)
        {
            var figure = result[i];
            if (figure.Status != EstimateStatus.Current || figure.Kind is TroopKind.Casualties or TroopKind.Subset) continue;
            // (the cheap cue first: a holding verb or a verb of a past change right before the number)
            if (LevelVerbBefore(text, figure.Sentence.Start, figure.Quantity.Span.Start) is not (var verb and >= 0)) continue;
            // (the clause ends at a comma, semicolon, colon or dash: "there were 27,000 soldiers on duty - more than took part
            // in the invasion of 2003" dates no level with the comparison's year)
            var end = figure.Span.End;
            while (end < figure.Sentence.End && text[end] is not (',' or ';' or ':' or '\u2013' or '\u2014')
                && !(text[end] == '-' && end > 0 && text[end - 1] == ' ')) end++;
            if ((DatedYearAfter(text, figure.Span.End, end) ?? OpeningDate(text, figure.Sentence.Start, verb)) is not { } date
                || futureMarkers.Any(text, figure.Sentence.Start, end)) continue;
            if (BeforeArticleTime(document, date, ref latestYear)) result[i] = figure with { Status = EstimateStatus.Earlier };
        }
    }

    // Where the verb that gives the figure at `at` its level starts: a word of earlier_holding_verbs ("had", "numbered") or of
    // level_reached_verbs ("fell to", "grew to", "was cut to") right before it, the latter not after a perfect's auxiliary
    // (level_reached_perfects: "has grown to 3,000" is the level of now, whatever date follows); else -1.
    private int LevelVerbBefore(string text, int sentenceStart, int at)
    {
        if (earlierHoldingVerbs.StartOfPhraseBefore(text, sentenceStart, at) is var held and >= 0) return held;
        if (datedLevels.ReachedVerbs.StartOfPhraseBefore(text, sentenceStart, at) is not (var reached and >= 0)) return -1;
        return datedLevels.Perfects.StartOfPhraseBefore(text, sentenceStart, reached) >= 0 ? -1 : reached;
    }

    // A date that opens the sentence before the figure's verb: a lead of past_date_leads or past_year_leads at the sentence's
    // first word, a month at most, a year, then only the clause's subject up to the verb (no comma past the date's own, no
    // semicolon or colon, no word of the present: "In 2019, the U.S. had 5,200 troops; it now has 2,500" dates the first
    // only; "In 2019, when the mission began, ..." is a clause of its own and is left), past one apposition of the date that a
    // determiner opens (earlier_event_determiners, at most DateAppositionLength characters). The year and month, or null.
    private const int DateAppositionLength = 60;

    private (int Year, int? Month)? OpeningDate(string text, int sentenceStart, int verb)
    {
        var first = sentenceStart;
        while (first < verb && !CueIndex.IsWordCharacter(text[first])) first++;
        var lead = Math.Max(pastThenNow.DateLeads.EndOfPhraseAt(text, first, verb), pastLevels.YearLeads.EndOfPhraseAt(text, first, verb));
        if (lead <= 0) return null;
        var i = lead;
        while (i < verb && char.IsWhiteSpace(text[i])) i++;
        int? month = null;
        if (months.EndOfPhraseAt(text, i, verb) is var monthEnd and > 0)
        {
            month = MonthAt(text, i);
            i = monthEnd;
            while (i < verb && char.IsWhiteSpace(text[i])) i++;
        }
        if (i + 4 > verb || !YearAt(text, i, out var year)) return null;
        var rest = i + 4;
        if (rest < verb && text[rest] == ',')
        {
            rest++;
            // (the date's own apposition: "In 1972, the worst year of the violence, there were 27,000 soldiers")
            if (text.IndexOf(',', rest, verb - rest) is var comma and >= 0 && comma - rest <= DateAppositionLength
                && earlierEventDeterminers.EndOfWordsAt(text, rest, comma) > 0)
                rest = comma + 1;
        }
        return text.AsSpan(rest, verb - rest).IndexOfAny(",;:") < 0 && !currentCues.Any(text, rest, verb) ? (year, month) : null;
    }

    // The month (1 to 12) of the month name that a match of `months` found at `at`, read from its first three letters.
    private static int MonthAt(string text, int at) => MonthInitials.IndexOf(text.Substring(at, 3), StringComparison.Ordinal) / 3 + 1;

    // Whether a date is before the article's own time: its publication month when known, else the latest year its text names
    // (found once per document: latestYear).
    private static bool BeforeArticleTime(Document document, (int Year, int? Month) date, ref int? latestYear) =>
        document.Published is { } published
            ? date.Year < published.Year || (date.Year == published.Year && date.Month is { } month && month < published.Month)
            : date.Year < (latestYear ??= LatestYearNamed(document.Text));

    // The first year (1900 to 2100) in text(from..end) after a lead of past_year_leads or past_date_leads ("in 2019", "in early
    // 2021"), or after a month that a lead of past_date_leads opens ("in December 2016", "in late March 2023"), with that month (1 to 12) when given.
    private (int Year, int? Month)? DatedYearAfter(string text, int from, int end)
    {
        for (var i = from + 1; i + 4 <= end; i++)
        {
            if (!YearAt(text, i, out var year)) continue;
            if (pastLevels.YearLeads.StartOfPhraseBefore(text, from, i) >= 0 || pastThenNow.DateLeads.StartOfPhraseBefore(text, from, i) >= 0) return (year, null);
            if (months.StartOfPhraseBefore(text, from, i) is var month and >= 0 && pastThenNow.DateLeads.StartOfPhraseBefore(text, from, month) >= 0)
                return (year, MonthAt(text, month));
        }
        return null;
    }

    // The latest year (1900 to 2100, four digits standing alone) the text names, or 0.
    private static int LatestYearNamed(string text)
    {
        var latest = 0;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (YearAt(text, i, out var year) && year > latest) latest = year;
        }
        return latest;
    }

    // Four digits from 1900 to 2100 at text[i..] with no letter or digit on either side: a year.
    private static bool YearAt(string text, int i, out int year)
    {
        year = 0;
        return char.IsDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 >= text.Length || !char.IsLetterOrDigit(text[i + 4]))
            && int.TryParse(text.AsSpan(i, 4), out year) && year is >= 1900 and <= 2100;
    }
}
