namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A figure in a fronted adverbial clause ("After some 2,000 Guard troops were released last week, roughly 700 Marines will
/// begin leaving", "While about 400 soldiers are there now, more will follow") has the verb of that clause, not the main
/// clause's after its closing comma: the figure's words are read to that comma. The clause opens the sentence with a word of
/// fronted_clause_openers and no comma stands between it and the figure.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases frontedClauseOpeners;

    // Where the fronted clause the figure at `at` stands in ends (its closing comma), or -1.
    private int FrontedClauseEnd(string text, int sentenceStart, int at, int figureEnd, int sentenceEnd)
    {
        var first = sentenceStart;
        while (first < at && !CueIndex.IsWordCharacter(text[first])) first++;
        if (frontedClauseOpeners.EndOfPhraseAt(text, first, at) is not (var opener and > 0) || opener >= at
            || (opener < text.Length && CueIndex.IsWordCharacter(text[opener]))) return -1;
        if (text.AsSpan(opener, at - opener).IndexOfAny(",;:") >= 0) return -1;
        var comma = ClauseEnd(text, figureEnd, sentenceEnd);
        return comma < sentenceEnd && text[comma] == ',' ? comma : -1;
    }
}
