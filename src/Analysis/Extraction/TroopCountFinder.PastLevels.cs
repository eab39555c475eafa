namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Figures whose own noun phrase dates them before the report: a level of the past ("down from a peak of 3,000", "its peak
/// strength of 12,000"), a force a past time owns ("last year's contingent of 1,200"), an adverb of the past or "then" and a
/// verb of size right before the number ("originally 600 troops", "then numbered about 9,000"); and a figure a later report
/// in its sentence replaces ("222,000 had been called up; a fortnight later Shoigu reported 300,000"). The words are the
/// lexicon's (figures.json).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PastLevelWords pastLevels;

    private sealed class PastLevelWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Leads = AdjacentPhrases.Of(lexicon, "past_level_leads");
        public readonly AdjacentPhrases Owners = AdjacentPhrases.Of(lexicon, "past_level_owners");
        public readonly PhraseMatcher LaterTimes = PhraseMatcher.Of(lexicon, ["later_report_times"]);
        public readonly PhraseMatcher ReportVerbs = PhraseMatcher.Of(lexicon, ["later_report_verbs"]);
        public readonly PhraseMatcher SpeechVerbs = PhraseMatcher.Of(lexicon, ["later_report_speech_verbs"]);
        public readonly PhraseMatcher CountNouns = PhraseMatcher.Of(lexicon, ["later_report_count_nouns"]);
        public readonly AdjacentPhrases Increments = AdjacentPhrases.Of(lexicon, "later_report_increments");
        public readonly AdjacentPhrases TimeStops = AdjacentPhrases.Of(lexicon, ["contrast_clause_openers", "earlier_time_stops"]);
        public readonly AdjacentPhrases InclusionLeads = AdjacentPhrases.Of(lexicon, "inclusion_leads");
        public readonly AdjacentPhrases YearLeads = AdjacentPhrases.Of(lexicon, "past_year_leads");
        public readonly PhraseMatcher LevelTimes = PhraseMatcher.Of(lexicon, ["earlier_level_times"]);
        public readonly AdjacentPhrases RecentTraps = AdjacentPhrases.Of(lexicon, "recent_time_traps");
        public readonly AdjacentPhrases LatestLeads = AdjacentPhrases.Of(lexicon, "latest_level_leads");
        public readonly AdjacentPhrases WholeLinks = AdjacentPhrases.Of(lexicon, "earlier_whole_links");
        public readonly AdjacentPhrases RelativeOpeners = AdjacentPhrases.Of(lexicon, "relative_openers");
    }

    // "Australians made up 6,500 of the roughly 9,000 troops at the height of the deployment": a part told right before its whole
    // (a link of earlier_whole_links before the whole's number, at most PartVerbWords words between the part and the link, no
    // clause break and no word of the present) is of the whole's time when the whole is a level of the past; the time that
    // dates the whole stands past the part's segment.
    private void PartOfEarlierWhole(string text, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (part, whole) = (result[i], result[i + 1]);
            if (part.Status != EstimateStatus.Current || whole.Status != EstimateStatus.Earlier || part.Kind == TroopKind.Casualties) continue;
            if (pastLevels.WholeLinks.StartOfPhraseBefore(text, part.Span.End, whole.Quantity.Span.Start) is not (var link and >= 0)) continue;
            var between = text.AsSpan(part.Span.End, link - part.Span.End);
            if (between.IndexOfAny(",;:()") >= 0 || between.Count(' ') > PartVerbWords + 1 || currentCues.Any(text, part.Span.End, link)) continue;
            // (Not a share a departure took out of the whole: "had brought home 600 of the 1,200 soldiers", "9,680 of its 12,944
            // personnel had left": the whole is of the time before the share left, the share the reduction made.)
            if (ShareDeparted(text, part.Span.Start, whole.Span.End)) continue;
            result[i] = part with { Status = EstimateStatus.Earlier };
        }
    }

    // How many words may stand between a part and the link to its whole: "were among the", "made up".
    private const int PartVerbWords = 3;

    // "The troops, who numbered 1,700 last spring, ...", "had some 900 soldiers there a year ago": a time of the past
    // (earlier_level_times) in text[from..end), not after a word of future_time_limits ("has kept 2,500 since last year" holds
    // now), nor the start of a span up to now (recent_time_traps: "counted 1,200 killed in the past 24 hours"), nor the date of
    // the latest count known (latest_level_leads: "There were a little over 1,000 troops as of last year"); the level a
    // holding verb gives is of that time.
    private bool LevelTimeAfter(string text, int from, int end)
    {
        foreach (var time in pastLevels.LevelTimes.Find(text, from, end))
            if (futureTimeLimits.StartOfPhraseBefore(text, from, time.Span.Start) < 0 && pastLevels.RecentTraps.EndOfPhraseAt(text, time.Span.Start, end) <= 0
                && pastLevels.LatestLeads.StartOfPhraseBefore(text, from, time.Span.Start) < 0)
                return true;
        return false;
    }

    // A year (four digits, 1900 to 2100) right after a word of past_year_leads in text[from..end): "in 2019", "at the end of 2018".
    private bool YearAfter(string text, int from, int end)
    {
        for (var i = from + 1; i + 4 <= end; i++)
        {
            if (!char.IsDigit(text[i]) || char.IsLetterOrDigit(text[i - 1]) || (i + 4 < text.Length && char.IsLetterOrDigit(text[i + 4]))) continue;
            if (!int.TryParse(text.AsSpan(i, 4), out var year) || year is < 1900 or > 2100) continue;
            if (pastLevels.YearLeads.StartOfPhraseBefore(text, from, i) >= 0) return true;
        }
        return false;
    }

    // Where the figure's clause ends for a time of the past after it: a comma or semicolon and a word of contrast or of another
    // clause ("remain deployed in Ladakh, where numbers are what they were at the height of the standoff": the time is the
    // relative clause's); else end.
    private int EarlierTimeClauseEnd(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (text[i] is ',' or ';' && pastLevels.TimeStops.EndOfPhraseAt(text, i + 1, end) > 0) return i;
        return end;
    }

    // "Seoul had put the toll at about 4,700, including some 600 dead, at the end of April": a part told with "including"
    // right after the figure before (only a comma between), with no verb of its own, is of that figure's time.
    private bool IncludedIn(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        if (pastLevels.InclusionLeads.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is not (var lead and >= 0)) return false;
        if (!text.AsSpan(segmentStart, lead - segmentStart).Trim().TrimStart(',').IsWhiteSpace()) return false;
        return !(Spaced(text, figure.End) && clauseVerbs.EndOfPhraseAt(text, figure.End, segmentEnd) > 0) && !AuxiliaryAfter(text, figure.End, segmentEnd);
    }

    // A word of past_level_leads right before the number, or a word of past_level_owners, at most two words and "of" before
    // it ("last year's contingent of 1,200"); nothing of the future in the figure's segment ("will reach a peak of 20,000"),
    // read from the relative clause the lead stands in, if any (relative_openers): "will remain after a presence that peaked
    // above 1,700" tells the future of another clause.
    private bool PastLevelBefore(string text, int segmentStart, int segmentEnd, Quantity q)
    {
        var lead = pastLevels.Leads.StartOfPhraseBefore(text, segmentStart, q.Span.Start);
        if (lead < 0 && !OwnedByPastTime(text, segmentStart, q.Span.Start)) return false;
        return !futureMarkers.Any(text, lead < 0 ? segmentStart : RelativeClauseStart(text, segmentStart, lead), segmentEnd);
    }

    // Where the last relative opener (relative_openers) before `at` in text[from..at) starts, or from.
    private int RelativeClauseStart(string text, int from, int at)
    {
        for (var i = at - 1; i >= from; i--)
            if (CueIndex.IsWordCharacter(text[i]) && (i == from || !CueIndex.IsWordCharacter(text[i - 1]))
                && pastLevels.RelativeOpeners.EndOfWordsAt(text, i, at) > 0)
                return i;
        return from;
    }

    private bool OwnedByPastTime(string text, int segmentStart, int at)
    {
        if (actionOf.StartOfPhraseBefore(text, segmentStart, at) is not (var of and >= 0)) return false;
        var end = of;
        for (var words = 0; words <= 2; words++)
        {
            if (pastLevels.Owners.StartOfPhraseBefore(text, segmentStart, end) >= 0) return words > 0;
            end = SourceText.SkipWhiteSpaceBack(text, end, segmentStart);
            var start = end;
            while (start > segmentStart && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-')) start--;
            if (start == end) return false;
            end = start;
        }
        return false;
    }

    // After a figure, a clause opened by a later time (later_report_times, after a comma, semicolon or "and") whose verb is one
    // of report or revision (later_report_verbs; a plain speech verb only with a noun of the count) before a current figure of
    // the same kind and the same force (not an increment: "500 more", "another 500"; not still to come: "400 troops would follow";
    // no other owner or troop noun: "3,000 engineers" after "11,000 troops"): the nearest such figure before the clause (not
    // a part of a whole) is the count the later report replaced.
    private void LaterReported(string text, List<FigureCandidate> result)
    {
        for (var j = 1; j < result.Count; j++)
        {
            var next = result[j];
            if (next.Kind == TroopKind.Subset || pastLevels.Increments.StartOfPhraseBefore(text, result[j - 1].Span.End, next.Quantity.Span.Start) >= 0
                || (Spaced(text, next.Quantity.Span.End) && more.EndOfPhraseAt(text, next.Quantity.Span.End, next.Sentence.End) > 0)) continue;
            var from = result[j - 1].Span.End;
            TextSpan? later = null;
            foreach (var time in pastLevels.LaterTimes.Find(text, from, next.Quantity.Span.Start))
                if (ClauseOpensAt(text, from, time.Span.Start)) later = time.Span;
            if (later is not { } t) continue;
            if (text.AsSpan(t.End, next.Quantity.Span.Start - t.End).IndexOfAny(";:") >= 0 || StillToCome(text, t.End, next)) continue;
            if (!pastLevels.ReportVerbs.Any(text, t.End, next.Quantity.Span.Start)
                && !(pastLevels.SpeechVerbs.Any(text, t.End, next.Quantity.Span.Start) && pastLevels.CountNouns.Any(text, t.End, next.Quantity.Span.Start))) continue;
            for (var i = j - 1; i >= 0; i--)
            {
                if (result[i].Kind == TroopKind.Subset) continue;
                if (result[i].Kind == next.Kind && result[i].Status == EstimateStatus.Current && SameForce(text, result[i], next))
                    result[i] = result[i] with { Status = EstimateStatus.Earlier };
                break;
            }
        }
    }

    // A later figure that is planned with a future marker in its clause ("400 Jamaican troops would follow") tells a force still
    // to come, not a new count of the one there ("a fortnight later Shoigu reported the 300,000 target met").
    private bool StillToCome(string text, int from, FigureCandidate next)
    {
        if (next.Status != EstimateStatus.Planned) return false;
        var end = text.AsSpan(next.Span.End, next.Sentence.End - next.Span.End).IndexOfAny(";:");
        return futureMarkers.Any(text, from, end < 0 ? next.Sentence.End : next.Span.End + end);
    }

    // Two mentions of one force: no two owners that differ, and no two troop nouns after the numbers that differ ("11,000
    // troops" and "3,000 engineers"); a mention without one ("put the toll at 500", "the 300,000 target") counts the same.
    private bool SameForce(string text, FigureCandidate first, FigureCandidate next)
    {
        if (first.Subject is { } a && next.Subject is { } b && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return false;
        var (firstNoun, nextNoun) = (TroopNounAfterNumber(text, first), TroopNounAfterNumber(text, next));
        return firstNoun is null || nextNoun is null || string.Equals(firstNoun, nextNoun, StringComparison.OrdinalIgnoreCase);
    }

    // The troop noun (troop_nouns) of a mention, after its number.
    private string? TroopNounAfterNumber(string text, FigureCandidate figure)
    {
        for (var at = figure.Quantity.Span.End; at < figure.Span.End; at++)
        {
            if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetter(text[at - 1]))) continue;
            if (troopNouns.EndOfPhraseAt(text, at, figure.Span.End) is var end and > 0) return text[at..end];
        }
        return null;
    }

    // A comma, semicolon or "and" right before `at` (past white space).
    private bool ClauseOpensAt(string text, int from, int at)
    {
        if (coordinators.StartOfPhraseBefore(text, from, at) >= 0) return true;
        var i = at;
        i = SourceText.SkipWhiteSpaceBack(text, i, from);
        return i > from && text[i - 1] == ';';
    }
}
