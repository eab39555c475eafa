namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A number that names a unit, not a count of its soldiers: "troops of 153 Task Force Battalion", "21 Special Armoured Brigade
/// troops", "16 Air Assault Brigade will take over", "troops of 21 and 26 Brigades". British, Commonwealth and Nigerian copy
/// numbers its formations with plain cardinals where American copy writes ordinals ("the 82nd Airborne Division").
/// </summary>
internal sealed partial class TroopCountFinder
{
    // unit_designation_heads: the formation's noun that closes its name, in capitals ("Battalion", "Brigades").
    // unit_designation_words: the generic words a numbered formation's name holds before it ("Task Force", "Special Armoured").
    private readonly WordSet designationHeads, designationWords;

    // The most words of unit_designation_words between the number and the head: "16 Air Assault Brigade", "167 Special Forces
    // Battalion", "29 Commando Royal Artillery Regiment" (the head ends the name wherever it stands in it).
    private const int DesignationWords = 4;

    // Whether q, a plain number below 1,000 with no hedge ("about 300 Infantry Battalion soldiers" is a count), names a unit: a
    // head follows it, after at most DesignationWords generic capitalised words, or after "and" and another such number ("21
    // and 26 Brigades", "118 and 119 Task Force Battalions"). Not "200 Marine Corps personnel" (no head: the service is no
    // formation), nor "800 Azov Regiment fighters" (a proper name is no generic word: a count of the regiment's men).
    private bool UnitDesignation(string text, int end, Quantity q)
    {
        if (q.Span.Start != q.Core.Start || q.Value is not (>= 1 and < 1000) || !IsPlainDigits(text, q.Core.Start, q.Core.End)) return false;
        var at = q.Core.End;
        // "21 and 26 Brigades": past "and" (or a comma) and the next plain number.
        for (var listed = 0; listed < 3; listed++)
        {
            var (from, to) = TokenAt(text, SkipOneSpace(text, at, end), end);
            if (to < 0) return false;
            if (text.AsSpan(from, to - from) is "and" or "or" || (to == from + 1 && text[from] == ','))
            {
                var (d, e) = TokenAt(text, SkipOneSpace(text, to, end), end);
                if (e < 0 || !IsPlainDigits(text, d, e)) break;
                at = e;
            }
            else break;
        }
        for (var words = 0; words <= DesignationWords; words++)
        {
            var (from, to) = TokenAt(text, SkipOneSpace(text, at, end), end);
            if (to < 0 || from == at || !char.IsUpper(text[from])) return false;
            var word = text.AsSpan(from, to - from);
            if (designationHeads.Contains(word)) return true;
            if (!designationWords.Contains(word)) return false;
            at = to;
        }
        return false;
    }

    // Digits alone, no separator: "153", not "1,500" or "3.5".
    private static bool IsPlainDigits(string text, int from, int to) =>
        to > from && !text.AsSpan(from, to - from).ContainsAnyExceptInRange('0', '9');

    private static int SkipOneSpace(string text, int at, int end) => at < end && text[at] == ' ' ? at + 1 : at;

    // The word or single punctuation mark at `at`: letters, digits and inner hyphens; (at, -1) when none stands there.
    private static (int From, int To) TokenAt(string text, int at, int end)
    {
        if (at >= end) return (at, -1);
        if (!char.IsLetterOrDigit(text[at])) return text[at] == ',' ? (at, at + 1) : (at, -1);
        var e = at;
        while (e < end && (char.IsLetterOrDigit(text[e]) || (text[e] == '-' && e + 1 < end && char.IsLetter(text[e + 1])))) e++;
        return (at, e);
    }
}
