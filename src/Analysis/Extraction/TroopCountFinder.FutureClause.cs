namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The tense of the verb that governs a figure's clause: a future modal before the figure ("will enlarge its forces to 1.5
/// million"), or a time still to come after it ("in the coming years"), makes the figure planned, whatever the verb.
/// The words are the lexicon's (figures.json: future_verb_modals, future_verb_non_moves, future_times_after).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases futureVerbModals, futureVerbNonMoves, futureVerbStops, futureTimeLimits;
    private readonly PhraseMatcher futureTimesAfter;
    private readonly int futureVerbWordReach, futureTimeReach;

    // A word of future_verb_modals before the figure at `at`, in its clause (no comma, semicolon, colon, bracket or quote
    // between, no clause opener but a coordinating one between verbs), with at least one word (the verb) and at most
    // future_verb_word_reach words between, the word after it not one of future_verb_non_moves, no word of the present
    // (current_cues) from it to the end of the figure's clause ("would work alongside the 5,000 border guards deployed there
    // now"), no word of future_verb_stops between ("will brief lawmakers on the 11,000 soldiers"), and the figure not the
    // whole a part is of ("would be more than half of the roughly 11,000 soldiers ... sent"):
    // "will recruit and train about 1,500 new soldiers", "which will involve some 200,000 soldiers".
    private bool FutureVerbBefore(string text, int segmentStart, int at, int figureEnd, int sentenceEnd)
    {
        var end = at;
        for (var words = 0; words <= futureVerbWordReach; words++)
        {
            end = SourceText.SkipWhiteSpaceBack(text, end, segmentStart);
            if (end <= segmentStart || text[end - 1] is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '—' or '–') return false;
            var start = end;
            while (start > segmentStart && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not (',' or ';' or ':' or '(' or '"' or '“')) start--;
            // A full stop ends the clause unless it is an abbreviation's ("U.S. troops"): a capital letter before it.
            if (text[end - 1] == '.' && !(end - 2 >= start && char.IsUpper(text[end - 2]))) return false;
            // A topic word between (future_verb_stops): the figure is what the verb is about, not its object.
            if (futureVerbStops.StartOfPhraseBefore(text, segmentStart, end) >= 0) return false;
            if (words > 0 && futureVerbModals.StartOfPhraseBefore(text, segmentStart, end) >= 0)
                return futureVerbNonMoves.EndOfPhraseAt(text, end, at) < 0 && !currentCues.Any(text, end, ClauseEnd(text, figureEnd, sentenceEnd))
                    && partitiveWords.StartOfPhraseBefore(text, segmentStart, at) < 0;
            // Another clause: "that", "who", "where" ...; "and"/"or" only right before the figure ("and 2,000 troops are there").
            if (clauseOpeners.EndOfPhraseAt(text, start, end) == end
                && (words == 0 || coordinators.EndOfPhraseAt(text, start, end) != end))
                return false;
            end = start;
        }
        return false;
    }

    // The end of the clause of a figure that ends at `at`: the first comma, semicolon or colon after it, else the sentence's end (the
    // figure's segment may end at an "and" before another figure of the same clause); not a comma between digits ("2,000").
    private static int ClauseEnd(string text, int at, int end)
    {
        for (var i = at; i < end; i++)
            if (text[i] is ',' or ';' or ':' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
        return end;
    }

    // A word of future_times_after in the figure's clause, at most future_time_reach characters after it, not right after a word
    // of future_time_limits, no clause opener between: "to command tens of thousands of troops in the coming years", "the 78,600
    // men to be drafted next year".
    private bool FutureTimeAfter(string text, int figureEnd, int segmentEnd)
    {
        var end = ClauseEnd(text, figureEnd, Math.Min(segmentEnd, figureEnd + futureTimeReach));
        // Not past a word that opens another clause: "had about 2,500 troops in Iraq before the talks next week" dates the talks.
        for (var i = figureEnd + 1; i < end; i++)
            if (char.IsWhiteSpace(text[i - 1]) && CueIndex.IsWordCharacter(text[i]) && clauseOpeners.EndOfPhraseAt(text, i, end) is var opener and > 0
                && (opener == end || !CueIndex.IsWordCharacter(text[opener])))
            {
                end = i;
                break;
            }
        var found = new List<PhraseMatch>();
        futureTimesAfter.FindInto(text, figureEnd, end, found);
        foreach (var (time, _) in found)
            if (futureTimeLimits.StartOfPhraseBefore(text, figureEnd, time.Start) < 0) return true;
        return false;
    }
}
