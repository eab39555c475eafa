namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A reserve's figure in a sentence whose call-up verb stands earlier counts those called up, not the reserve: "has never
/// mobilized so many reservists so quickly, 300,000 reservists in two days", "it was about mobilized reservists, and the
/// order named up to 300,000 reservists", "in its account of the reserve call-ups, the ministry said 21,000 members of the
/// reserve forces were on duty". Farther than the call-up verb that acts on the figure itself reaches (CalledUp), but only
/// where the mention names the reserve and no word of a pool or a whole stands between the verb and the figure or just after
/// it (call_up_sentence_pool_words: "the pool of reservists who could be called up is about 400,000", "mobilised 300,000 of
/// its 465,000 reservists").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher callUpSentencePoolWords;

    // How far after the number the reserve's word may end its mention.
    private const int CallUpSentenceReserveReach = 80;
    // The stem every word of the reserve shares: "reserve", "reserves", "reservists", "reservist".
    private const string ReserveStem = "reserv";
    // How far after the number a pool word still speaks of the figure ("300,000 of its 465,000 reservists").
    private const int PoolWordAfterReach = 40;

    private bool CalledUpEarlierInSentence(string text, int start, int end, Quantity q, TextSpan span)
    {
        // The mention itself names the reserve ("300,000 reservists", "members of the reserve forces"), not a standing service
        // listed beside the call-up ("up to 60,000 are border guards").
        // (Its noun may end after a list of services: "21,000 members of the Army, Navy and Air Force reserve forces".)
        if (!text.AsSpan(q.Span.End, Math.Min(end, Math.Max(span.End, q.Span.End + CallUpSentenceReserveReach)) - q.Span.End)
            .Contains(ReserveStem, StringComparison.OrdinalIgnoreCase)) return false;
        var hits = kindWords.CallUpWords.Find(text, start, q.Span.Start);
        if (hits.Count == 0) return false;
        return !callUpSentencePoolWords.Any(text, hits[0].Span.Start, q.Span.Start)
            && !callUpSentencePoolWords.Any(text, q.Span.End, Math.Min(end, q.Span.End + PoolWordAfterReach));
    }
}
