namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// What the rules ask of the figures a sentence has found so far: whether a sure one (found by its own noun) comes
/// before a place, the nearest sure one to an anchored figure, and whether another number of the sentence is none of
/// them. Find, the gapping and table rules and the subjects share them.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Whether the sentence has a number (not a trap or a year) that none of `found` is.
    private bool OtherNumberThan(string text, int start, int end, IReadOnlyList<Quantity> quantities, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        foreach (var q in quantities)
        {
            var counted = false;
            foreach (var f in found) counted |= ReferenceEquals(f.Q, q) || f.Q.Equals(q);
            if (!counted && !IsYear(q, false) && !IsTrap(text, start, end, q) && !InCivilianRow(text, start, q)) return true;
        }
        return false;
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
