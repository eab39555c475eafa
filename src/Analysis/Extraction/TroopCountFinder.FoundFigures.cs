namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// What the rules ask of the figures a sentence has found so far: whether a sure one (found by its own noun) comes
/// before a place, the nearest sure one to an anchored figure, and whether another number of the sentence is none of
/// them. Find, the gapping and table rules and the subjects share them.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Whether the sentence has a number (not a trap or a year) that none of `found` is.
    // A number after every found figure that names other people with its own noun, when the found figures point back with "of
    // them" ("Nearly 700 of them lost their lives, and in turn they killed more than 300 people"), is nothing they are read
    // against ("The homicide count was 573, down from 617 people" has no "of them": 573 is read against 617).
    private bool OtherNumberThan(string text, int start, int end, IReadOnlyList<Quantity> quantities, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        foreach (var q in quantities)
        {
            var counted = false;
            foreach (var f in found) counted |= ReferenceEquals(f.Q, q) || f.Q.Equals(q);
            if (!counted && !IsYear(q, false) && !IsTrap(text, start, end, q) && !InCivilianRow(text, start, q) && !OthersNamedAfter(text, end, q, found)) return true;
        }
        return false;
    }

    // Whether q comes after every found figure, each of them "N of them" (ellipsis_after), and a noun of other people
    // (people_nouns, non_troop_nouns) follows q right away.
    private bool OthersNamedAfter(string text, int end, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        if (found.Count == 0 || !Spaced(text, q.Span.End)) return false;
        foreach (var f in found)
            if (f.Span.End > q.Span.Start || !Spaced(text, f.Q.Span.End) || ellipsis.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, f.Q.Span.End, end), end) <= 0) return false;
        var at = PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end);
        return peopleNouns.EndOfPhraseAt(text, at, end) > 0 || nonTroopNouns.EndOfPhraseAt(text, at, end) > 0;
    }

    // Whether the sentence has a sure troop figure (one found by its own noun, not anchored to another) ending by `end`.
    // A loop, not Exists: the lambda would capture `end` and allocate on every call.
    private static bool SureFigureBefore(List<(Quantity Q, TextSpan Span, bool Anchored)> found, int end = int.MaxValue)
    {
        foreach (var f in found)
            if (!f.Anchored && f.Span.End <= end) return true;
        return false;
    }

    private static (Quantity Q, TextSpan Span, bool Anchored)? Nearest(List<(Quantity Q, TextSpan Span, bool Anchored)> found, int i)
    {
        (Quantity, TextSpan, bool)? best = null;
        var bestDistance = int.MaxValue;
        for (var j = 0; j < found.Count; j++)
        {
            if (j == i || found[j].Anchored) continue;
            var d = Math.Abs(found[j].Span.Start - found[i].Span.Start);
            if (d < bestDistance) (best, bestDistance) = (found[j], d);
        }
        return best;
    }
}
