namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The participants of an event of a past time ("Last year 14,647 took part", "In 2019 some 30,000 soldiers took part in the
/// drills"): a verb of having taken part right after the figure (past_participation_verbs) and, in its sentence, a time of the
/// past (earlier_level_times) or a year that is before the article's own time (a lead of past_year_leads or past_date_leads
/// before it) make the figure a count of then (earlier). Participants counted with no time, or at the article's own time, stay
/// current: "About 5,000 soldiers took part" is this year's exercise.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases pastParticipationVerbs;

    private void PastParticipants(Document document, List<FigureCandidate> result)
    {
        var text = document.Text;
        int? latestYear = null;
        for (var i = 0; i < result.Count; i++)
        {
            var figure = result[i];
            if (figure.Status != EstimateStatus.Current || figure.Kind is TroopKind.Casualties or TroopKind.Subset) continue;
            if (!Spaced(text, figure.Span.End) || pastParticipationVerbs.EndOfPhraseAt(text, figure.Span.End, figure.Sentence.End) < 0) continue;
            var (start, end) = (figure.Sentence.Start, figure.Sentence.End);
            if (futureMarkers.Any(text, start, end)) continue;
            if (LevelTimeAfter(text, start, end) || (DatedYearAfter(text, Math.Max(0, start - 1), end) is { } date && BeforeArticleTime(document, date, ref latestYear)))
                result[i] = figure with { Status = EstimateStatus.Earlier };
        }
    }
}
