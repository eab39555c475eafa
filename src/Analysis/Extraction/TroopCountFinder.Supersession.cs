namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The status a figure takes from the figure before it in its sentence: a count a later revision replaced ("5,000, a number
/// the army revised a day later to 2,000"), a count another one denies ("2,000 troops, not 503"), and the second half of a
/// pledge or plan told with its verb left out ("Kenya's pledge stands at 1,000 and Chad's at 400"). The words are the
/// lexicon's (figures.json).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly SupersessionWords supersession;

    private sealed class SupersessionWords(Lexicon lexicon)
    {
        public readonly PhraseMatcher LaterWords = PhraseMatcher.Of(lexicon, ["revision_later_words"]);
        public readonly PhraseMatcher LaterRevisionVerbs = PhraseMatcher.Of(lexicon, ["later_revision_verbs"]);
        public readonly AdjacentPhrases GapPrepositions = AdjacentPhrases.Of(lexicon, "gapped_value_prepositions");
        public readonly AdjacentPhrases GapCoordinators = AdjacentPhrases.Of(lexicon, "gapped_coordinators");
        public readonly int RevisionVerbReach = lexicon.Setting("revision_verb_reach");
        public readonly PhraseMatcher FirstWords = PhraseMatcher.Of(lexicon, ["first_estimate_words"]);
        public readonly PhraseMatcher Additions = PhraseMatcher.Of(lexicon, ["first_then_additions"]);
    }

    // "Rebels said 5,000 fighters had gathered, a number the army revised a day later to about 2,000", "40 soldiers died, a
    // toll it later corrected to 34": after the first figure, a word of a later time (revision_later_words) and a verb of
    // revision (later_revision_verbs) at most revision_verb_reach characters before "to" right before the next figure, in
    // one clause (no ";" or ":", no "and" joining another clause), and no future or plan marker before the verb: the first is
    // the count the revision replaced.
    private void LaterRevised(string text, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, next) = (result[i], result[i + 1]);
            if (first.Status != EstimateStatus.Current || first.Quantity.ChangeStart || next.Quantity.ChangeEnd) continue;
            if (newValueTo.StartOfPhraseBefore(text, first.Span.End, next.Quantity.Span.Start) is not (var to and >= 0)) continue;
            if (text.AsSpan(first.Span.End, to - first.Span.End).IndexOfAny(";:") >= 0) continue;
            TextSpan? nearest = null;
            foreach (var verb in supersession.LaterRevisionVerbs.Find(text, first.Span.End, to)) nearest = verb.Span;
            if (nearest is not { } v || to - v.End > supersession.RevisionVerbReach) continue;
            // ("had massed on the border and in Crimea, a number ... corrected": only the revision's own clause, from the last
            // comma before its verb, may not be joined by "and": "..., and Seoul later raised its estimate to 11,000" is another.)
            var clause = text.AsSpan(first.Span.End, v.Start - first.Span.End).LastIndexOf(',');
            if (JoinedClause(text, clause < 0 ? first.Span.End : first.Span.End + clause + 1, to)) continue;
            // ("it would pull 2,000 of its 5,000 troops, then cut the force to 2,500": a revision still to come, under a future or
            // plan marker before its verb, does not replace what is there now.)
            if (futureMarkers.Any(text, first.Sentence.Start, v.Start)) continue;
            if (supersession.LaterWords.Any(text, first.Span.End, to)) result[i] = first with { Status = EstimateStatus.Earlier };
        }
    }

    // "Washington first spoke of 3,000, then of 10,000": a word of first_estimate_words at most FirstReach characters before
    // the first figure in its clause, and between the two figures (at most ThenReach characters, one sentence, no ";" or
    // ":") a comma or "and" and a word of revision_later_words, with no addition (first_then_additions) between or right
    // after the second: the first is the estimate the second replaced.
    private void FirstThenEstimates(string text, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, next) = (result[i], result[i + 1]);
            if (first.Status != EstimateStatus.Current || next.Status != EstimateStatus.Current || first.Sentence != next.Sentence
                || first.Quantity.ChangeStart || next.Quantity.ChangeEnd) continue;
            var (gapStart, gapEnd) = (first.Span.End, next.Quantity.Span.Start);
            if (gapEnd <= gapStart || gapEnd - gapStart > ThenReach || text.AsSpan(gapStart, gapEnd - gapStart).IndexOfAny(";:") >= 0
                || !supersession.LaterWords.Any(text, gapStart, gapEnd)
                || supersession.Additions.Any(text, gapStart, Math.Min(text.Length, next.Span.End + 12))) continue;
            var from = Math.Max(first.Sentence.Start, first.Quantity.Span.Start - FirstReach);
            TextSpan? word = null;
            foreach (var w in supersession.FirstWords.Find(text, from, first.Quantity.Span.Start)) word = w.Span;
            if (word is { } f && text.AsSpan(f.End, first.Quantity.Span.Start - f.End).IndexOfAny(",;:") < 0)
                result[i] = first with { Status = EstimateStatus.Earlier };
        }
    }

    // How far before the first figure its "first" may stand ("first spoke of"), and how far apart the two figures may be
    // (", then of").
    private const int FirstReach = 40, ThenReach = 30;

    // "There are 2,000 US troops in Syria, not 503": "not" (contrast_not) right before the figure, a comma or dash right before
    // "not", and the figure before it in the same clause (no full stop, semicolon or colon between); not "not ... but"
    // ("not 1,000 but 2,000" replaces this one's successor), nor a hedge of its own ("not more than 500").
    private bool DeniedAfter(string text, FigureCandidate previous, int segmentEnd, Quantity q, TextSpan figure)
    {
        if (contrastNot.StartOfPhraseBefore(text, previous.Span.End, q.Span.Start) is not (var not and >= 0)) return false;
        if (q.Hedge != Hedge.Exact && q.Hedge != Hedge.Approximate) return false;
        var before = not;
        before = SourceText.SkipWhiteSpaceBack(text, before, previous.Span.End);
        if (before == previous.Span.End || text[before - 1] is not (',' or '—' or '–' or '-')) return false;
        var between = text.AsSpan(previous.Span.End, before - previous.Span.End);
        return between.IndexOfAny(";:") < 0 && !between.Contains(". ", StringComparison.Ordinal) && !ButAfter(text, segmentEnd, figure);
    }

    // "Guatemala's pledge stands at 150 military police and El Salvador's at 78 soldiers", "he would send 200, and Ohio's Mike
    // DeWine about 150": a coordinator (gapped_coordinators) after the figure before, then only capitalised words (a name, a possessive) and perhaps a
    // preposition of the value (gapped_value_prepositions) before this figure, and no verb of its own after it: the clause's
    // verb was left out, so it is the one before.
    private bool VerblessCoordinate(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        var at = PhraseLiteral.SkipWhiteSpace(text, segmentStart, q.Span.Start);
        if (at < q.Span.Start && text[at] == ',') at = PhraseLiteral.SkipWhiteSpace(text, at + 1, q.Span.Start);
        if (supersession.GapCoordinators.EndOfPhraseAt(text, at, q.Span.Start) is not (var coordinator and > 0)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, coordinator, q.Span.Start);
        var names = 0;
        while (at < q.Span.Start)
        {
            var wordEnd = at;
            while (wordEnd < q.Span.Start && (CueIndex.IsWordCharacter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '.' or '-')) wordEnd++;
            if (wordEnd == at) return false;
            var next = PhraseLiteral.SkipWhiteSpace(text, wordEnd, q.Span.Start);
            if (char.IsUpper(text[at])) names++;
            else if (!(names > 0 && next == q.Span.Start && governing.RelativeOpeners.EndOfPhraseAt(text, at, wordEnd) < 0
                && supersession.GapPrepositions.EndOfPhraseAt(text, at, wordEnd) == wordEnd))
                return false;
            if (next == wordEnd && next < q.Span.Start) return false;
            at = next;
        }
        return names is > 0 and <= 4 && !(Spaced(text, figure.End) && clauseVerbs.EndOfPhraseAt(text, figure.End, segmentEnd) > 0)
            && !AuxiliaryAfter(text, figure.End, segmentEnd);
    }

    // A quote right after `to`, then at most three words and digits: 'to "well over 300,000"'.
    private static bool QuotedNumberAfter(string text, int to, int end)
    {
        var at = PhraseLiteral.SkipWhiteSpace(text, to, end);
        if (at == to || at >= end || text[at] is not ('"' or '“')) return false;
        var words = 0;
        for (at++; at < end && words <= 3; at++)
        {
            if (char.IsDigit(text[at])) return true;
            if (char.IsWhiteSpace(text[at])) words++;
            else if (!char.IsLetter(text[at])) return false;
        }
        return false;
    }
}
