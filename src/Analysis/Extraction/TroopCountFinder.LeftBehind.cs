namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A drawdown told with the troop noun left out, after troops counted: what a verb of withdrawing takes ("The Pentagon will
/// withdraw about 4,000 by July", "plans to bring home about 6,400") and what a verb of leaving leaves where it stands ("The cut
/// would leave about 8,600 in the country", "leaving about 24,000,", "leave some 2,500 behind"). The words are the lexicon's
/// (figures.json: withdrawing_verbs, leaving_verbs, leaving_behind_verbs, left_behind_words, left_non_places, home_order_verbs,
/// home_particles, presence_places).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly LeftBehindWords leftBehind;

    private sealed class LeftBehindWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Withdrawing = AdjacentPhrases.Of(lexicon, "withdrawing_verbs", ignoreCase: false);
        public readonly AdjacentPhrases Leaving = AdjacentPhrases.Of(lexicon, "leaving_verbs", ignoreCase: false);
        public readonly AdjacentPhrases LeavingBehind = AdjacentPhrases.Of(lexicon, "leaving_behind_verbs", ignoreCase: false);
        public readonly AdjacentPhrases Behind = AdjacentPhrases.Of(lexicon, "left_behind_words");
        public readonly AdjacentPhrases NonPlaces = AdjacentPhrases.Of(lexicon, "left_non_places");
        public readonly AdjacentPhrases HomeOrders = AdjacentPhrases.Of(lexicon, "home_order_verbs", ignoreCase: false);
        public readonly AdjacentPhrases HomeParticles = AdjacentPhrases.Of(lexicon, "home_particles");
    }

    // The number q (no year, a hundred to a million: "leave 500 million in the budget" is money) is the object of a verb of
    // withdrawing or of leaving behind with nothing but a bare follower after it (`bare`), of an order that sends it home
    // ("ordered about 4,000 home"), or of a verb of leaving with a place, "behind" or the clause's end after it. Whether the passage is about troops is the caller's to ask.
    private bool WithdrawnOrLeft(string text, int start, int end, Quantity q, bool bare)
    {
        if ((q.Value ?? q.High ?? q.Low) is not (>= 100 and < 1_000_000) || IsYear(q, false)) return false;
        if (bare && (VerbBefore(leftBehind.Withdrawing, text, start, q.Span.Start) || VerbBefore(leftBehind.LeavingBehind, text, start, q.Span.Start))) return true;
        if (VerbBefore(leftBehind.HomeOrders, text, start, q.Span.Start))
            return Spaced(text, q.Span.End) && leftBehind.HomeParticles.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) > 0;
        return VerbBefore(leftBehind.Leaving, text, start, q.Span.Start) && LeftWhere(text, q.Span.End, end);
    }

    // Where what is left stands, right after the number: the clause's end ("leaving about 24,000, officials said"), "behind",
    // or a place ("in the country", "there"), not a state of need ("in hospital", "in limbo").
    private bool LeftWhere(string text, int at, int end)
    {
        if (EndsClause(text, at, end)) return true;
        if (!Spaced(text, at)) return false;
        var next = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (leftBehind.Behind.EndOfPhraseAt(text, next, end) > 0) return true;
        if (presencePlaces.EndOfPhraseAt(text, next, end) is not (var place and > 0)) return false;
        return leftBehind.NonPlaces.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, place, end), end) <= 0;
    }
}
