namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A level held at a dated time before the article's own ("there were some 2,300 US troops in the country in December 2016",
/// "the battalion numbered 900 in 2019"): a verb of holding a level (earlier_holding_verbs) right before the figure and a date
/// with a year after it in its clause (a lead of past_date_leads or past_year_leads, a month at most between). The figure is
/// of then (earlier) only when that date is before the article's time: its publication month when known, else the latest year
/// its text names; a date of the article's own time ("had 1,100 troops there in March 2025" in March 2025) stays current.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The months by their first three letters, in order (the lexicon's "months" list says which words are months).
    private const string MonthInitials = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private void PastDatedLevels(Document document, List<FigureCandidate> result)
    {
        var text = document.Text;
        int? latestYear = null;
        for (var i = 0; i < result.Count; i++)
        {
            var figure = result[i];
            if (figure.Status != EstimateStatus.Current || figure.Kind is TroopKind.Casualties or TroopKind.Subset) continue;
            // (the cheap cue first: a holding verb right before the number)
            if (earlierHoldingVerbs.StartOfPhraseBefore(text, figure.Sentence.Start, figure.Quantity.Span.Start) < 0) continue;
            var end = figure.Span.End;
            while (end < figure.Sentence.End && text[end] is not (',' or ';' or ':')) end++;
            if (DatedYearAfter(text, figure.Span.End, end) is not { } date || futureMarkers.Any(text, figure.Sentence.Start, end)) continue;
            if (BeforeArticleTime(document, date, ref latestYear)) result[i] = figure with { Status = EstimateStatus.Earlier };
        }
    }

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
                return (year, MonthInitials.IndexOf(text.Substring(month, 3), StringComparison.Ordinal) / 3 + 1);
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
