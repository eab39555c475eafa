namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Words set between a word of intention and its "to" that leave the intention whole: an adverb or a time ("is expected
/// eventually to house 3,000 Marines", "promised on Friday to find 3,000"), a phrase of the occasion ("agreed during the
/// minister's visit to Seoul to dispatch 1,000") or an aside of speech between commas ("plans, officials said, to send
/// 3,000"). The words are the lexicon's (figures.json: intention_inserted_adverbs, intention_inserted_prepositions,
/// intention_aside_words).
/// </summary>
internal sealed partial class TroopCountFinder
{
    // How long an aside between commas may be: "according to the defence ministry's spokesman".
    private const int IntentionAsideReach = 60;

    // Where the word of intention_leads that governs the "to" at `to` starts, right before it or before the words inserted
    // there, or -1.
    private int IntentionLeadBefore(string text, int segmentStart, int to) =>
        governing.IntentionLeads.StartOfPhraseBefore(text, segmentStart, to) is var lead and >= 0 ? lead
        : InsertedBeforeInfinitive(text, segmentStart, to) is var inserted and >= 0 ? governing.IntentionLeads.StartOfPhraseBefore(text, segmentStart, inserted)
        : -1;

    // Where the inserted words that end right before "to" (at `to`) start, or -1 when none: adverbs of
    // intention_inserted_adverbs, or one aside between commas that starts or ends with a word of intention_aside_words.
    private int InsertedBeforeInfinitive(string text, int segmentStart, int to)
    {
        var at = to;
        while (governing.IntentionInsertedAdverbs.StartOfPhraseBefore(text, segmentStart, at) is var adverb and > 0 && Spaced(text, adverb, at))
            at = adverb;
        if (at < to) return at;
        if (PrepositionalInsert(text, segmentStart, to) is var phrase and >= 0) return phrase;
        var close = SourceText.SkipWhiteSpaceBack(text, to, segmentStart);
        if (close - 1 <= segmentStart || text[close - 1] != ',') return -1;
        var open = text.LastIndexOf(',', close - 2, Math.Min(IntentionAsideReach, close - 1 - segmentStart));
        if (open < segmentStart) return -1;
        var aside = text.AsSpan(open + 1, close - 2 - open);
        if (aside.IndexOfAny(".;:()\"“”") >= 0) return -1;
        var told = governing.IntentionAsideWords.StartOfPhraseBefore(text, open + 1, close - 1) >= 0
            || governing.IntentionAsideWords.EndOfPhraseAt(text, open + 1, close - 1) > 0;
        return told ? open : -1;
    }

    // How many words a prepositional phrase between an intention and its "to" may have: "during Sergei Shoigu's visit to Pyongyang".
    private const int IntentionInsertWords = 6;

    // Where a phrase opened by a word of intention_inserted_prepositions starts, right after a word of intention_leads, at most
    // IntentionInsertWords words before `to`, with no punctuation between ("agreed during the minister's visit to Seoul to
    // dispatch 1,000"), or -1.
    private int PrepositionalInsert(string text, int segmentStart, int to)
    {
        var end = to;
        for (var words = 0; words < IntentionInsertWords; words++)
        {
            end = SourceText.SkipWhiteSpaceBack(text, end, segmentStart);
            var start = end;
            while (start > segmentStart && (CueIndex.IsWordCharacter(text[start - 1]) || text[start - 1] is '\'' or '’' or '-')) start--;
            if (start == end || start <= segmentStart || !char.IsWhiteSpace(text[start - 1])) return -1;
            if (governing.IntentionInsertedPrepositions.EndOfPhraseAt(text, start, end) == end
                && governing.IntentionLeads.StartOfPhraseBefore(text, segmentStart, start) >= 0)
                return start;
            end = start;
        }
        return -1;
    }
}
