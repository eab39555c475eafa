namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// People who are the troops the passage speaks of: "The remaining 250 people are leaving Abkhazia today", "waiting for another
/// 2,000 people to come and replace the losses". A word that refers back to a group already counted or named (people_back_leads)
/// before the number, and a verb only troops take after the noun (passage_troop_verbs) or a sending verb before the number,
/// in a passage about troops; or what a pronoun is ("It should be about 5,000 people"; pronoun_copulas). People killed, fled or evacuated, people beside civilians, and people an aid body sends or sent to
/// help (people_back_aid_words), stay people.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PeopleBackWords peopleBack;

    private sealed class PeopleBackWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Leads = AdjacentPhrases.Of(lexicon, "people_back_leads");
        public readonly AdjacentPhrases Nouns = AdjacentPhrases.Of(lexicon, "people_back_nouns");
        public readonly PhraseMatcher AidWords = PhraseMatcher.Of(lexicon, ["people_back_aid_words"]);
    }

    // Whether the clause ends right after text[at]: nothing but a punctuation mark (or the sentence's end) follows.
    // ("there are under 5,000 and that will go to 2,500": a conjunction and a word pointing back to the number end it too.)
    private bool EndsClause(string text, int at, int end)
    {
        var next = PhraseLiteral.SkipWhiteSpace(text, at, end);
        return next >= end || text[next] is '.' or ',' or ';' or ':' or '—' or '–' or '"' or '”' or ')' || LevelPointerAt(text, at, end) > 0;
    }

    // Where the people noun after `q` ends when they are troops referred back to, or -1.
    private int PeopleReferredBack(string text, int start, int end, Quantity q)
    {
        // "It should be about 5,000 people": what a pronoun is, after a passage about troops, is those troops.
        var copula = pronounCopulas.StartOfPhraseBefore(text, start, q.Span.Start) >= 0;
        if (!Spaced(text, q.Span.End) || (!copula && peopleBack.Leads.StartOfPhraseBefore(text, start, q.Span.Start) < 0)) return -1;
        var noun = peopleBack.Nouns.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end);
        if (noun <= 0) return -1;
        var clauseEnd = text.AsSpan(noun, end - noun).IndexOfAny(",;:.—–") is var next and >= 0 ? noun + next : end;
        if (casualtyWords.Any(text, noun, clauseEnd) || civilianWords.Any(text, start, end) || NonTroopAfter(text, noun, end)
            || exchanges.Any(text, start, end) || peopleBack.AidWords.Any(text, start, end))
            return -1;
        return copula || PassageVerbAfter(text, noun, end) || VerbBefore(sendVerbs, text, start, q.Span.Start) ? noun : -1;
    }
}
