namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Workers counted in one list with troops are troops of the same dispatch: "the contingent will include 4,000 construction
/// workers and 800 sappers", "800 deminers and 4,000 construction workers". A noun that counts troops only in context
/// (context_troop_nouns) whose own head is a civilian's word (non_troop_nouns: "construction workers") stands where a list
/// join (troop_list_joins) ties it to a count with a troop noun of its own, or, in a sentence about troops, with a noun that
/// counts them there ("4,000 construction workers and 800 deminers" of a deployment). The list must be a dispatch's: a
/// sending verb right before its first count or a noun of a dispatch in the sentence (dispatch_nouns), and no word of
/// casualties. Alone, workers sent abroad are civilians ("Pyongyang sent 4,000 construction workers to the Far East"), as are
/// workers beside other people ("4,000 construction workers and 300 students") and workers harmed or housed beside troops ("a
/// bomb killed 12 construction workers and three soldiers", "a camp housing 300 construction workers and 40 police officers").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases troopListJoins;
    private readonly PhraseMatcher dispatchNouns;

    // Whether the sentence sends the list that opens with `first`: a sending verb right before it, or a dispatch's noun, and no
    // casualty.
    private bool DispatchOfList(string text, int start, int end, Quantity first) =>
        (VerbBefore(sendVerbs, text, start, first.Span.Start) || dispatchNouns.Any(text, start, end)) && !casualtyWords.Any(text, start, end);

    // The list's first count where q, whose noun ends at nounEnd, is joined to a count of troops just after it (q) or just
    // before it (that count), or null.
    private Quantity? ListedWithTroops(string text, int start, int end, Quantity q, int nounEnd, IReadOnlyList<Quantity> quantities,
        Func<bool> aboutTroops)
    {
        foreach (var other in quantities)
        {
            if (other == q || other.Span.Start < start || other.Span.End > end) continue;
            if (other.Span.Start >= nounEnd)
            {
                if (JoinedAt(text, nounEnd, other.Span.Start, end) && TroopNounEnd(other) >= 0) return q;
            }
            else if (other.Span.End <= q.Span.Start && TroopNounEnd(other) is var troops and >= 0
                && troops <= q.Span.Start && JoinedAt(text, troops, q.Span.Start, end))
                return other;
        }
        return null;

        // Where the troop noun after a count ends: its own troop noun, or in a sentence about troops a noun that counts them there; or -1.
        int TroopNounEnd(Quantity other) =>
            nounAfter.NounEnd(text, other.Span.End, end) is var troops and >= 0 ? troops
            : contextNounAfter.NounEnd(text, other.Span.End, end) is var context and >= 0 && !NonTroopAfter(text, other.Span.End, end)
                && aboutTroops() ? context : -1;
    }

    // Whether text[from..to) is one list join and nothing else.
    private bool JoinedAt(string text, int from, int to, int end) =>
        troopListJoins.EndOfPhraseAt(text, from, to) is var join and > 0 && PhraseLiteral.SkipWhiteSpace(text, join, end) == to;
}
