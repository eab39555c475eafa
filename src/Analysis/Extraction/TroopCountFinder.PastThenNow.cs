namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A level told at a date of the past and a newer level of the same force after it in one sentence ("The force, which stood
/// at 5,000 in the spring, has since grown to 8,000", "whose strength peaked at 3,000 in 2015, now counts 900"): the first
/// is the level the second replaced (earlier). The same dates of the past (a year, a month or a season after a lead of
/// past_date_leads) date a figure compared with ("compared with 4,000 in January"). The words are the lexicon's (figures.json).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PastThenNowWords pastThenNow;

    private sealed class PastThenNowWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases DateLeads = AdjacentPhrases.Of(lexicon, "past_date_leads");
        public readonly AdjacentPhrases Seasons = AdjacentPhrases.Of(lexicon, "past_date_seasons");
        public readonly PhraseMatcher LaterLevelCues = PhraseMatcher.Of(lexicon, ["later_level_cues"]);
        public readonly PhraseMatcher PastTimes = PhraseMatcher.Of(lexicon, ["past_times_after", "earlier_times_after"]);
    }

    // A date of the past in text[from..end): a year after a word of past_year_leads ("in 2019"), a month or a season after a
    // word of past_date_leads ("in January", "last October", "in the spring").
    private bool PastDateAfter(string text, int from, int end)
    {
        if (YearAfter(text, from, end)) return true;
        for (var i = from + 1; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]) || !char.IsLetter(text[i])) continue;
            if ((months.EndOfPhraseAt(text, i, end) is var m and > 0 && (m == end || !CueIndex.IsWordCharacter(text[m])))
                || pastThenNow.Seasons.EndOfPhraseAt(text, i, end) > 0)
                if (pastThenNow.DateLeads.StartOfPhraseBefore(text, from, i) >= 0) return true;
        }
        return false;
    }

    // A current figure with a time of the past after it in its clause (PastDateAfter, past_times_after, earlier_times_after),
    // or a past date between the figure before it (or the sentence's start) and it ("In March there were 66,000 …"), then,
    // before the next current figure of the same kind and force in the sentence, in the same sentence or after a semicolon,
    // a word of a newer level (later_level_cues: "now", "has since", "has risen"): the first is earlier. Not a force sent at
    // that date ("sent 3,000 in March; now 11,000 are there" counts a sending, which stays), nor an increment ("another 600").
    private void PastThenNowLevels(string text, int sentenceStart, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, next) = (result[i], result[i + 1]);
            if (first.Status != EstimateStatus.Current || next.Status != EstimateStatus.Current || first.Kind != next.Kind
                || next.Kind == TroopKind.Subset || first.Quantity.ChangeStart || next.Quantity.ChangeEnd
                // (a mention may share its noun with the next: "300 and 400 soldiers")
                || next.Quantity.Span.Start <= first.Span.End) continue;
            var between = text.AsSpan(first.Span.End, next.Quantity.Span.Start - first.Span.End);
            // (A semicolon may join the newer level: "France had 5,100 soldiers in the Sahel in 2020; it now has about 2,500".)
            if (between.IndexOf(':') >= 0 || between.Contains(". ", StringComparison.Ordinal)) continue;
            var clause = ClauseEnd(text, first.Span.End, next.Quantity.Span.Start);
            int? dated = null;
            foreach (var time in pastThenNow.PastTimes.Find(text, first.Span.End, clause)) { dated = time.Span.End; break; }
            if (dated is null && PastDateAfter(text, first.Span.End, clause)) dated = first.Span.End;
            // (Or before it, not before the figure before, whose date that is: "In March there were 66,000 troops in the region;
            // there are now 90,000".)
            if (dated is null && PastDateAfter(text, i == 0 ? sentenceStart : result[i - 1].Span.End, first.Quantity.Span.Start)) dated = first.Span.End;
            if (dated is not { } at || !pastThenNow.LaterLevelCues.Any(text, at, next.Quantity.Span.Start)) continue;
            if (pastLevels.Increments.StartOfPhraseBefore(text, first.Span.End, next.Quantity.Span.Start) >= 0
                || sendVerbs.StartOfPhraseBefore(text, Math.Max(sentenceStart, first.Quantity.Span.Start - 40), first.Quantity.Span.Start) >= 0
                || !SameForce(text, first, next)) continue;
            result[i] = first with { Status = EstimateStatus.Earlier };
        }
    }
}
