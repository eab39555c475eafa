namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Numbers whose troop noun is not after them but in what the clause says of them: a part whose predicate names troops
/// ("11 of the dead were soldiers", "six of the 20 people killed were soldiers"), the called-up or sent named by a participle
/// after "of those" ("82,000 of those called up"), and a number that "with" sets beside a place or a force in a sentence about
/// troops ("Djibouti, with about 1,500, hosts the last garrison", "with about 100 in all to run the battery").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PartPredicateWords partWords;

    private sealed class PartPredicateWords(Lexicon lexicon)
    {
        // "were", "are": the verb of being that says what the part is.
        public readonly AdjacentPhrases Copulas = AdjacentPhrases.Of(lexicon, "part_predicate_copulas");
        // "all", "reportedly": words between that verb and its troop noun.
        public readonly AdjacentPhrases Fillers = AdjacentPhrases.Of(lexicon, "part_predicate_fillers");
        // "of those", "of all those": a headless whole that a participle of sending or calling up names.
        public readonly AdjacentPhrases ThoseLeads = AdjacentPhrases.Of(lexicon, "part_those_leads");
        // "of those sent the survey": words that open an object, after which the participle is an active verb.
        public readonly AdjacentPhrases ObjectOpeners = AdjacentPhrases.Of(lexicon, "part_those_object_openers");
        // "with": the preposition that sets a number beside a place or a force.
        public readonly AdjacentPhrases WithLeads = AdjacentPhrases.Of(lexicon, "with_number_leads");
        public readonly AdjacentPhrases WithGerunds = AdjacentPhrases.Of(lexicon, "with_number_troop_gerunds");
        // "a town with 30,000": what a number after "with" counts when one of these is before it is its people.
        public readonly PhraseMatcher WithOthers = PhraseMatcher.Of(lexicon, ["with_number_other_heads", "non_troop_nouns"]);
    }

    // "11 of the dead were soldiers", "six of the 20 Thais killed were soldiers", "two of them were members of the armed forces":
    // after the number, "of" and the whole in the same clause (no break), then a verb of being and a troop noun: where the troop
    // noun ends, or -1. A possessive troop noun ("were soldiers' wives") counts others.
    private int TroopPredicateOfPart(string text, int at, int end)
    {
        if (!Spaced(text, at)) return -1;
        var i = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (end - i < 4 || !text.AsSpan(i, 3).Equals("of ", StringComparison.OrdinalIgnoreCase)) return -1;
        var clauseEnd = text.AsSpan(i, end - i).IndexOfAny(",;:.—–()\"“”") is var next and >= 0 ? i + next : end;
        for (var w = i + 3; w < clauseEnd; w++)
        {
            if (!char.IsLetter(text[w]) || CueIndex.IsWordCharacter(text[w - 1])) continue;
            if (partWords.Copulas.EndOfPhraseAt(text, w, clauseEnd) is not (var copula and > 0) || !Spaced(text, copula)) continue;
            var noun = nounAfter.NounEnd(text, PastPredicateFillers(text, copula, end), end);
            return noun > 0 && (noun == end || text[noun] is not ('\'' or '’')) ? noun : -1;
        }
        return -1;
    }

    // "two of the injured were soldiers' relatives", "nine of the dead were children": a verb of being after a part of the
    // casualties, then (past fillers) civilians or a possessive troop noun: the part is of others.
    private bool PredicateNamesOthers(string text, int at, int end)
    {
        if (!Spaced(text, at) || partWords.Copulas.EndOfPhraseAt(text, at, end) is not (var copula and > 0) || !Spaced(text, copula)) return false;
        var n = PastPredicateFillers(text, copula, end);
        if (civilianWords.Any(text, n, Math.Min(end, n + 30))) return true;
        var noun = nounAfter.NounEnd(text, n, end);
        return noun > 0 && noun < end && text[noun] is '\'' or '’';
    }

    // Where the predicate after a verb of being (ending at `copula`) starts, past at most two part_predicate_fillers ("were all").
    private int PastPredicateFillers(string text, int copula, int end)
    {
        var n = PhraseLiteral.SkipWhiteSpace(text, copula, end);
        for (var fillers = 0; fillers < 2 && partWords.Fillers.EndOfPhraseAt(text, n, end) is var filler and > 0 && Spaced(text, filler); fillers++)
            n = PhraseLiteral.SkipWhiteSpace(text, filler, end);
        return n;
    }

    // "82,000 of those called up", "half of those deployed": "of those" and a participle of sending or calling up after the number;
    // where the participle ends, or -1.
    private int SentAfterThose(string text, int at, int end)
    {
        if (!Spaced(text, at) || partWords.ThoseLeads.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var those and > 0)
            || !Spaced(text, those))
            return -1;
        // "of those sent the survey": a participle that takes an object of its own is an active verb, not those sent.
        var participle = sentParticiples.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, those, end), end);
        return participle > 0 && !(Spaced(text, participle) && partWords.ObjectOpeners.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, participle, end), end) > 0)
            ? participle : -1;
    }

    // "Djibouti, with about 1,500, hosts", "with about 100 in all to operate the system": "with" right before a number that
    // punctuation or a word of the whole (total_after) ends (a verb after it may be anyone's: "with 400 crossing the border each
    // day", "with 3,000 still living there"), or that a gerund only troops take right after it ends ("1,000 police officers, with
    // 400 arriving on Tuesday", "with 41 losing their lives"); not after a place of people or beside other people ("a town with
    // 30,000", "with 300 residents").
    private bool WithNumber(string text, int start, int end, Quantity q)
    {
        if (partWords.WithLeads.StartOfPhraseBefore(text, start, q.Span.Start) is not (var with and >= 0)) return false;
        var after = PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end);
        if (after < end && text[after] is not (',' or '.' or ';' or ':' or ')' or '—' or '–') && !(Spaced(text, q.Span.End) && totalAfter.EndOfPhraseAt(text, after, end) > 0)
            && !(Spaced(text, q.Span.End) && partWords.WithGerunds.EndOfPhraseAt(text, after, end) > 0))
            return false;
        return !partWords.WithOthers.Any(text, Math.Max(start, with - 30), Math.Min(end, q.Span.End + 30));
    }
}
