namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Wholes and parts written with no troop noun at the number: the whole a breakdown follows ("reached 514 on Tuesday, 180 of
/// them killed"), how badly a part was hurt ("1,042 wounded, 228 seriously"), a total ("will be 400 in total"), a fronted
/// partitive ("Of the US soldiers in Germany, around 18,500 serve ..."), and "of them" that refers to other things ("three
/// Navy ships, two of them in the Arabian Sea"). The words are the lexicon's (figures.json: casualty_degrees, total_after,
/// fronted_partitives, ellipsis_after).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases casualtyDegrees, totalAfter, frontedPartitives, frontedCasualtyHeads;
    private readonly PhraseMatcher casualtyWords;

    // The quantity closest before q that is not a trap (a date, a percentage, a time), or null.
    private Quantity? CountBefore(string text, int start, int end, IReadOnlyList<Quantity> quantities, Quantity q)
    {
        for (var i = quantities.Count - 1; i >= 0; i--)
        {
            var other = quantities[i];
            if (other.Span.End > q.Span.Start || IsYear(other, false) || IsTrap(text, start, end, other)) continue;
            return other;
        }
        return null;
    }

    // "aboard three Navy ships in the region, two of them in the Arabian Sea": "of them" are what the count before counts, and
    // that count has a noun that no rule read as troops.
    private bool PartOfOtherThings(string text, int start, int end, IReadOnlyList<Quantity> quantities, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        return CountBefore(text, start, end, quantities, q) is { } before && !Counted(found, before) && !IsBare(text, before.Span.End, end);
    }

    // Whether q is among the figures found so far.
    private static bool Counted(List<(Quantity Q, TextSpan Span, bool Anchored)> found, Quantity q)
    {
        foreach (var f in found)
            if (ReferenceEquals(f.Q, q)) return true;
        return false;
    }

    // "The army's count of its dead reached 514 on Tuesday, 180 of them killed in Gaza": a bare number that the next number's
    // "of them" breaks down, with no clause end between them.
    private bool WholeOfBreakdown(string text, int start, int end, IReadOnlyList<Quantity> quantities, Quantity q)
    {
        // "carried out 120 on Monday, 40 of them …", "paid each soldier 2,000 a month, 500 of them …": a count of other acts, or money.
        if (PhraseBefore(wholeOtherVerbs, text, start, q.Span.Start, 5) >= 0 || Spaced(text, q.Span.End) && wholeRates.EndOfPhraseAt(text, q.Span.End, end) > 0)
            return false;
        for (var i = 0; i < quantities.Count; i++)
        {
            var next = quantities[i];
            if (next.Span.Start < q.Span.End) continue;
            if (next.Span.Start - q.Span.End > 60 || text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny(".;:") >= 0) return false;
            return Spaced(text, next.Span.End) && ellipsis.EndOfPhraseAt(text, next.Span.End, end) > 0;
        }
        return false;
    }

    // "1,042 troops had been wounded in the ground fighting, 228 seriously": a number, a word of how badly, after a casualty
    // word of the sentence, where the count before it is a troop figure ("40 tanks were destroyed, 12 badly" is not).
    private bool CasualtyDegree(string text, int start, int end, IReadOnlyList<Quantity> quantities, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found) =>
        Spaced(text, q.Span.End) && casualtyDegrees.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) > 0
        && casualtyWords.Any(text, start, q.Span.Start) && CountBefore(text, start, end, quantities, q) is { } before && Counted(found, before);

    // "the Texans will be 400 in total": the number, then a word of totals.
    private bool TotalAfter(string text, int end, Quantity q) =>
        Spaced(text, q.Span.End) && totalAfter.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) > 0;

    // "Of the US soldiers in Germany, around 18 500 serve in Rhineland-Palatinate", "Of the 726 killed, 346 died in Gaza": the
    // sentence opens with "of" and, before its first comma, troops (a troop noun) or a troop figure; the number follows the
    // comma. Whether the troops are named by a noun (the part is sure) or by a figure (it is anchored to it).
    private (bool Part, bool ByNoun) FrontedPart(string text, int start, Quantity q, IReadOnlyList<Quantity> quantities, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        // (Past a wire dateline: "SEOUL (Yonhap) — Of the 12,000 soldiers sent abroad, about 5,000 ...".)
        var open = PhraseLiteral.SkipWhiteSpace(text, PastDateline(text, start, q.Span.Start), q.Span.Start);
        while (open < q.Span.Start && text[open] is '"' or '“' or '«' or '\'' or '‘') open++;
        if (open == q.Span.Start || frontedPartitives.EndOfPhraseAt(text, open, q.Span.Start) is not (var opener and > 0) || !Spaced(text, opener)) return (false, false);
        var comma = FrontedPhraseComma(text, opener, q.Span.Start);
        if (comma < 0 || comma - opener > 90) return (false, false);
        foreach (var f in found)
            if (f.Q.Span.Start >= opener && f.Q.Span.End <= comma) return (true, false);
        return QuantityWithin(quantities, opener, comma) ? (false, false) : (FrontedHead(text, opener, comma), true);
    }

    // "Of the wounded, about 2,000 were repatriated": the sentence opens with "of" and nothing but the casualties
    // (fronted_casualty_heads) before the comma right before the number; whose casualties, the passage before must say.
    // So does "Among the 3,600 who sustained injuries, about 1,000 ...": an article, a number and a relative of casualties.
    private bool FrontedCasualtyPart(string text, int start, Quantity q)
    {
        var open = PhraseLiteral.SkipWhiteSpace(text, PastDateline(text, start, q.Span.Start), q.Span.Start);
        if (open == q.Span.Start || frontedPartitives.EndOfPhraseAt(text, open, q.Span.Start) is not (var opener and > 0) || !Spaced(text, opener)) return false;
        var comma = FrontedPhraseComma(text, opener, q.Span.Start);
        if (comma < 0) return false;
        var head = PhraseLiteral.SkipWhiteSpace(text, opener, comma);
        return frontedCasualtyHeads.EndOfPhraseAt(text, head, comma) == SourceText.SkipWhiteSpaceBack(text, comma, opener)
            || (articles.EndOfPhraseAt(text, head, comma) is var article and > 0 && NumberEnd(text, PhraseLiteral.SkipWhiteSpace(text, article, comma), comma) is var number and > 0
                && CasualtyRelativeAfter(text, number, comma));
    }

    // The comma right before text[at] (past white space) that closes a fronted phrase opened before it, or -1: the last, not the
    // first, since the phrase may hold a number of its own ("Of the 3,600 who were injured, 1,000 ...").
    private static int FrontedPhraseComma(string text, int opener, int at)
    {
        var comma = SourceText.SkipWhiteSpaceBack(text, at, opener) - 1;
        return comma > opener && text[comma] == ',' ? comma : -1;
    }

    // Where a number in digits ("3,600", "1.100") that starts at text[at] ends, or -1.
    private static int NumberEnd(string text, int at, int end)
    {
        var i = at;
        while (i < end && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i > at && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
        return i > at && (i == end || !CueIndex.IsWordCharacter(text[i])) ? i : -1;
    }

    // "Of the US soldiers in Germany": the first troop noun of text[opener..comma) is the phrase's head, with only determiners,
    // capitalised words and whole adjectives before it, and no possessive after it ("Of the troops' salaries").
    private bool FrontedHead(string text, int opener, int comma)
    {
        var troops = possibleTroops.Find(text, opener, comma);
        if (troops.Count == 0) return false;
        var head = troops[0].Span;
        if (head.End < comma && text[head.End] is '\'' or '’') return false;
        for (var at = PhraseLiteral.SkipWhiteSpace(text, opener, head.Start); at < head.Start; at = PhraseLiteral.SkipWhiteSpace(text, at, head.Start))
        {
            var next = frontedDeterminers.EndOfPhraseAt(text, at, head.Start);
            if (next <= 0) next = wholeAdjectives.EndOfPhraseAt(text, at, head.Start);
            if (next <= 0 && char.IsUpper(text[at])) { next = at; while (next < head.Start && !char.IsWhiteSpace(text[next])) next++; }
            if (next <= 0) return false;
            at = next;
        }
        return true;
    }
}
