namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A time clause's figure planned with its main clause: "After the 33,000 are gone, about 70,000 will remain". A clause that a
/// word of time_clause_openers opens speaks of the future in the present tense; its figure, before a comma and a planned figure
/// of the main clause, is planned too. Not a clause told in the past ("After some 2,000 troops were released last week, about
/// 700 will leave": a word of time_clause_past_words between the figure and its comma): what it tells is done.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases timeClauseOpeners;
    private readonly PhraseMatcher timeClausePastWords;

    private void PlannedInTimeClause(string text, int start, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (figure, next) = (result[i], result[i + 1]);
            if (figure.Status != EstimateStatus.Current || next.Status != EstimateStatus.Planned) continue;
            var at = PhraseLiteral.SkipWhiteSpace(text, start, figure.Quantity.Span.Start);
            if (timeClauseOpeners.EndOfPhraseAt(text, at, figure.Quantity.Span.Start) is not (var opener and > 0) || !char.IsWhiteSpace(text[opener])) continue;
            var between = text.AsSpan(figure.Quantity.Span.End, next.Quantity.Span.Start - figure.Quantity.Span.End);
            if (between.Count(',') == 1 && between.IndexOfAny(".;:") < 0
                && !timeClausePastWords.Any(text, figure.Quantity.Span.End, figure.Quantity.Span.End + between.IndexOf(',')))
                result[i] = figure with { Status = EstimateStatus.Planned };
        }
    }
}
