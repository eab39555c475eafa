namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Three frames of a figure's status and hedge drawn from real dev errors of several stories (session 16, round 2): the
/// object of a verb of deliberating or preparing (planned), a presence told in the past perfect or with an adverb of the
/// past after its noun (earlier), and a modal of possibility on an action done with the troops (no hedge of the count).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases deliberationVerbs, deliberationClauseOpeners, possibleActionVerbs, earlierPlacingParticiples,
        earlierAdverbsAfterNoun;

    // How far before the figure a verb of deliberating is looked for.
    private const int DeliberationReach = 90;

    // "is weighing the withdrawal of roughly 4,500", "are considering a force of up to 15,000", "ordered the army to prepare
    // 20,000 soldiers": a word of deliberation_verbs before the figure in its clause, no other number, comma, semicolon, colon
    // or full stop between (the first number of the object: "pulling about 4,500 of the 28,500" leaves the whole alone), and
    // not a verb that opens a clause of its own ("considering that ..."), nor a country's own force ("its 5,000 troops").
    private bool DeliberatedObject(string text, int segmentStart, int at)
    {
        var from = Math.Max(segmentStart, at - DeliberationReach);
        for (var i = at - 1; i >= from; i--)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' || char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i + 2 < at && char.IsUpper(text[i + 2])))
                return false;
            if (!CueIndex.IsWordCharacter(c) || (i > segmentStart && CueIndex.IsWordCharacter(text[i - 1]))) continue;
            if (deliberationVerbs.EndOfPhraseAt(text, i, at) is not (var verb and > 0) || verb >= at || !Spaced(text, verb)) continue;
            return deliberationClauseOpeners.EndOfPhraseAt(text, verb, at) < 0 && !OwnForce(text, segmentStart, at);
        }
        return false;
    }

    // "About 1,000 French soldiers had been based at the camp", "an estimated 4,000 to 6,000 troops, had been stationed near
    // the border": after the figure (a comma and at most three words between), "had been" and a verb of placing
    // (earlier_placing_participles), with no verb of saying before the figure in its sentence (speech back-shifts its
    // tense: "said 2,000 troops had been deployed" is the news of now) and no "since" after (still there).
    private bool PlacedInThePast(string text, int sentenceStart, int figureStart, int figureEnd, int segmentEnd, TroopKind kind)
    {
        if (kind == TroopKind.Casualties) return false;
        var end = Math.Min(segmentEnd, figureEnd + 70);
        var at = figureEnd;
        if (at < end && text[at] == ',') at++;
        if (PhraseAmongWordsAfter(text, at, end, 3, next => HadBeen(text, next, end)) is not (var been and > 0)
            || earlierPlacingParticiples.EndOfPhraseAt(text, been, end) is not (var participle and > 0)) return false;
        var clause = text.AsSpan(participle, end - participle);
        var stop = clause.IndexOfAny(",;");
        if ((stop < 0 ? clause : clause[..stop]).Contains(" since ", StringComparison.OrdinalIgnoreCase)) return false;
        return !SpeechBefore(text, sentenceStart, figureStart);
    }

    // The end of the phrase `phraseEndAt` finds at the start of one of the first `words` + 1 words after `from` (each word
    // spaced from the last, none an auxiliary before it), or -1.
    private int PhraseAmongWordsAfter(string text, int from, int end, int words, Func<int, int> phraseEndAt)
    {
        var at = from;
        for (var w = 0; w <= words; w++)
        {
            if (!Spaced(text, at)) return -1;
            var next = PhraseLiteral.SkipWhiteSpace(text, at, end);
            if (phraseEndAt(next) is var found and > 0) return found;
            var wordEnd = next;
            while (wordEnd < end && CueIndex.IsWordCharacter(text[wordEnd])) wordEnd++;
            if (wordEnd == next || auxiliaries.EndOfPhraseAt(text, next, end) > 0) return -1;
            at = wordEnd;
        }
        return -1;
    }

    // Where "had been" starting at text[at] ends, or -1.
    private static int HadBeen(string text, int at, int end)
    {
        const string phrase = "had been";
        return at + phrase.Length < end && text.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
            && char.IsWhiteSpace(text[at + phrase.Length]) ? at + phrase.Length : -1;
    }

    // A verb of saying (speaker_verbs) anywhere before the figure in its sentence.
    private bool SpeechBefore(string text, int sentenceStart, int at)
    {
        for (var i = sentenceStart; i < at; i++)
            if (CueIndex.IsWordCharacter(text[i]) && (i == sentenceStart || !CueIndex.IsWordCharacter(text[i - 1]))
                && speakerVerbs.EndOfPhraseAt(text, i, at) is var e and > 0 && (e >= text.Length || !CueIndex.IsWordCharacter(text[e])))
                return true;
        return false;
    }

    // "the roughly 12,000 North Koreans originally deployed to Kursk", "some 950 American troops once in Niger": at most two
    // words after the figure (no auxiliary), a word of earlier_adverbs_after_noun, then a participle (a word ending in "-ed" or
    // a verb of placing) or "in"/"at"/"there".
    private bool EarlierAdverbAfterNoun(string text, int figureEnd, int segmentEnd)
    {
        var end = Math.Min(segmentEnd, figureEnd + 60);
        if (PhraseAmongWordsAfter(text, figureEnd, end, 2,
                next => earlierAdverbsAfterNoun.EndOfPhraseAt(text, next, end) is var a and > 0 && Spaced(text, a) ? a : -1) is not (var adverb and > 0))
            return false;
        var w = PhraseLiteral.SkipWhiteSpace(text, adverb, end);
        var e = w;
        while (e < end && CueIndex.IsWordCharacter(text[e])) e++;
        var word = text.AsSpan(w, e - w);
        return (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            || earlierPlacingParticiples.EndOfPhraseAt(text, w, end) > 0
            || word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
            || word.Equals("there", StringComparison.OrdinalIgnoreCase);
    }

    // A modal of possibility (could, might, may) right before a verb of possible_action_verbs: the possibility of an action
    // with the troops, not of their number ("France could supply about 10,000 troops").
    private bool PossibleAction(string text, TextSpan cue, int at) =>
        Spaced(text, cue.End) && possibleActionVerbs.EndOfPhraseAt(text, cue.End, at) > 0;
}
