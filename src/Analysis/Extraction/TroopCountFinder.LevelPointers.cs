namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A later level of the troops a sentence has just counted, told with a word that points back to that count as its subject: "As
/// of today there are under 5,000 and that will go to 2,500", "some 4,000 are there now, and that number will fall to 1,500 by
/// spring". The pointer (level_pointer_subjects) after "and", "but" or a comma, modals and fillers, then a verb of reaching a
/// level (level_pointer_verbs): the number after it is the same troops at another time. The clause of the first count ends at
/// the conjunction, so an existential's number there is read as ending its clause.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly LevelPointerWords levelPointers;

    private sealed class LevelPointerWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Links = AdjacentPhrases.Of(lexicon, "level_pointer_links");
        public readonly AdjacentPhrases Subjects = AdjacentPhrases.Of(lexicon, "level_pointer_subjects");
        public readonly AdjacentPhrases Nouns = AdjacentPhrases.Of(lexicon, "level_pointer_nouns");
        public readonly AdjacentPhrases Fillers = AdjacentPhrases.Of(lexicon, ["back_reference_modals", "relative_fillers", "future_verb_modals"]);
        public readonly AdjacentPhrases Verbs = AdjacentPhrases.Of(lexicon, "level_pointer_verbs");
    }

    // Where a link and a pointer subject that open at `at` end ("and that", "but that number"), or -1.
    private int LevelPointerAt(string text, int at, int end)
    {
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (at < end && text[at] == ',') at = PhraseLiteral.SkipWhiteSpace(text, at + 1, end);
        if (WholeWordsAt(levelPointers.Links, text, at, end) is not (var link and > 0)) return -1;
        if (WholeWordsAt(levelPointers.Subjects, text, PhraseLiteral.SkipWhiteSpace(text, link, end), end) is not (var subject and > 0)) return -1;
        // "the" only with a noun of the count after it ("and the number will fall to ..."); "that" and "it" alone or with one.
        var noun = WholeWordsAt(levelPointers.Nouns, text, PhraseLiteral.SkipWhiteSpace(text, subject, end), end);
        return noun > 0 ? noun : text.AsSpan(link, subject - link).Trim().Equals("the", StringComparison.OrdinalIgnoreCase) ? -1 : subject;
    }

    // Whether q is the level that a pointer back to the figure found just before it reaches: "... 5,000 and that will go to 2,500".
    private bool LevelOfPointedFigure(string text, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        if (found.Count == 0 || found[^1].Span.End > q.Span.Start || q.Hedge is not (Hedge.Exact or Hedge.Approximate)) return false;
        var at = LevelPointerAt(text, found[^1].Span.End, q.Span.Start);
        if (at < 0) return false;
        for (var words = 0; words < 4; words++)
        {
            var next = PhraseLiteral.SkipWhiteSpace(text, at, q.Span.Start);
            if (WholeWordsAt(levelPointers.Verbs, text, next, q.Span.Start) is var verb and > 0)
                // Nothing between the verb and the number but the number's own hedge, which its span holds ("will go to about 2,500").
                return PhraseLiteral.SkipWhiteSpace(text, verb, q.Span.Start) == q.Span.Start;
            if (WholeWordsAt(levelPointers.Fillers, text, next, q.Span.Start) is not (var filler and > 0)) return false;
            at = filler;
        }
        return false;
    }
}
