namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The second count of a casualty pair, a bare number whose noun is the troops of the clause before: "One Nigerien peacekeeper
/// was killed and three were wounded", "one soldier succumbed to his injuries while two sustained minor injuries", "killing
/// one soldier and wounding four". Wire copy of attacks tells the wounded so, after the dead (whose count may be one, no figure).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly CasualtyPairWords casualtyPairs;

    private sealed class CasualtyPairWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Joiners = AdjacentPhrases.Of(lexicon, "casualty_pair_joiners");
        public readonly AdjacentPhrases Verbs = AdjacentPhrases.Of(lexicon, "casualty_pair_verbs", ignoreCase: false);
        public readonly AdjacentPhrases Adverbs = AdjacentPhrases.Of(lexicon, "casualty_pair_adverbs", ignoreCase: false);
        public readonly PhraseMatcher FirstClauseWords = PhraseMatcher.Of(lexicon, ["casualty_words", "casualty_pair_verbs", "casualty_pair_openers"]);
    }

    // Whether q, a bare number, is the second count of a casualty pair: a joiner (casualty_pair_joiners) right before it, or
    // before a verb of wounding (casualty_pair_verbs) right before it; a word of harm (casualty_words, casualty_pair_verbs,
    // casualty_pair_openers) in the clause before the joiner; and, with no verb before it, a casualty word as its own verb,
    // past auxiliaries ("three were wounded").
    private bool SecondOfCasualtyPair(string text, int start, int end, Quantity q)
    {
        var at = q.Span.Start;
        var verb = casualtyPairs.Verbs.StartOfPhraseBefore(text, start, at);
        if (verb >= 0) at = verb;
        var joiner = casualtyPairs.Joiners.StartOfPhraseBefore(text, start, at);
        if (joiner <= start || !casualtyPairs.FirstClauseWords.Any(text, start, joiner)) return false;
        return verb >= 0 || CasualtyVerbAfter(text, q.Span.End, end);
    }

    // Whether the sentence opens with "of them" or "of these" and a comma (ellipsis_after), and q follows the comma or, past the
    // first number, a joiner (casualty_pair_joiners): "Of these, 22 were evacuated to Germany and 18 stayed in Iraq", "Of these,
    // 76 have returned to duty, while 27 were flown to Germany".
    private bool FrontedPart(string text, int start, Quantity q)
    {
        if (ellipsis.EndOfPhraseAt(text, start, q.Span.Start) is not (var open and > 0)) return false;
        var comma = PhraseLiteral.SkipWhiteSpace(text, open, q.Span.Start);
        if (comma >= q.Span.Start || text[comma] != ',') return false;
        if (text.AsSpan(comma + 1, q.Span.Start - comma - 1).IsWhiteSpace()) return true;
        var joiner = casualtyPairs.Joiners.StartOfPhraseBefore(text, start, q.Span.Start);
        return joiner > comma + 1 && text.AsSpan(comma + 1, joiner - comma - 1).ContainsAnyInRange('0', '9');
    }

    // text[at..), after a bare number: auxiliaries ("were", "have been") and adverbs (casualty_pair_adverbs: "seriously"), then
    // one of casualty_words.
    private bool CasualtyVerbAfter(string text, int at, int end) =>
        VerbAfterFillers(text, at, end, 4, casualtyVerbs, auxiliaries, casualtyPairs.Adverbs);
}
