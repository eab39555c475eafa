namespace Analysis.Timeline;

using Analysis.Corpus;

internal static class SpanOverlaps
{
    /// <summary>
    /// Of overlapping items the longest, in text order: what sorting by OrderByDescending(length), then
    /// by <paramref name="tie"/> (default: the earlier start), then in the order found, keeping each item
    /// that overlaps none kept, then OrderBy(start) returns, without LINQ's buffers and delegates (the
    /// lists are a handful long): two arrays, sorted by insertion, which keeps equal items in their order.
    /// </summary>
    public static T[] WithoutOverlaps<T>(List<T> found, Func<T, TextSpan> span, Comparison<T>? tie = null)
    {
        if (found.Count <= 1) return found.ToArray();
        var longestFirst = new T[found.Count];
        for (var n = 0; n < found.Count; n++)
        {
            var item = found[n];
            var at = n;
            while (at > 0 && Compare(longestFirst[at - 1], item, span, tie) > 0) at--;
            Array.Copy(longestFirst, at, longestFirst, at + 1, n - at);
            longestFirst[at] = item;
        }
        // The kept ones in text order: each goes after those that start where it does or before.
        var kept = new T[found.Count];
        var count = 0;
        foreach (var item in longestFirst)
        {
            var s = span(item);
            var overlaps = false;
            for (var k = 0; k < count && !overlaps; k++)
                overlaps = span(kept[k]) is var other && other.Start < s.End && s.Start < other.End;
            if (overlaps) continue;
            var at = count;
            while (at > 0 && span(kept[at - 1]).Start > s.Start) at--;
            Array.Copy(kept, at, kept, at + 1, count - at);
            kept[at] = item;
            count++;
        }
        if (count < kept.Length) Array.Resize(ref kept, count);
        return kept;
    }

    private static int Compare<T>(T a, T b, Func<T, TextSpan> span, Comparison<T>? tie)
    {
        var (x, y) = (span(a), span(b));
        if (x.Length != y.Length) return y.Length - x.Length;
        return tie is null ? x.Start - y.Start : tie(a, b);
    }
}
