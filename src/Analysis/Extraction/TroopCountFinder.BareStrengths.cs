namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A force's strength written with no strength word: "The AU has a 21,500 Force", "the UN keeps a 11,500 contingent in
/// Sierra Leone". An indefinite article can stand before a number only when the number sizes the noun after it, so "a",
/// the number and a force noun read as "a 21,500-strong force" (figures.json: bare_strength_articles, bare_strength_heads).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases bareStrengthArticles, bareStrengthHeads, bareStrengthFollowers;

    // The smallest number read this way: "a 12 battalion plan" counts battalions, not troops.
    private const int MinimumBareStrength = 20;

    // Where the force noun after q ends, when "a"/"an" stands right before q and a force noun right after it, then the end,
    // a mark or a word of bare_strength_followers (not a noun it would modify: "a 2,000 army truck" is no force); or -1.
    private int BareStrengthEnd(string text, int start, int end, Quantity q)
    {
        if (q.Value is not (>= MinimumBareStrength) || q.Hedge != Hedge.Exact || IsYear(q, false) || q.Span.Start != q.Core.Start
            || !Spaced(text, q.Span.End) || bareStrengthArticles.StartOfPhraseBefore(text, start, q.Span.Start) < 0)
            return -1;
        var head = bareStrengthHeads.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end);
        if (head <= 0) return -1;
        var next = PhraseLiteral.SkipWhiteSpace(text, head, end);
        return next == end || !char.IsLetter(text[next]) || (next > head && bareStrengthFollowers.EndOfPhraseAt(text, next, end) > 0) ? head : -1;
    }
}
