namespace Analysis.Timeline;

using Analysis.Corpus;

internal static class SpanOverlaps
{
    /// <summary>
    /// Of overlapping items the longest, in text order: what sorting by OrderByDescending(length), then
    /// by <paramref name="tie"/> (default: the earlier start), then in the order found, keeping each item
    /// that overlaps none kept, then OrderBy(start) returns, without LINQ's buffers and delegates (the
    /// lists are a handful long).
    /// </summary>
    public static T[] WithoutOverlaps<T>(List<T> found, Func<T, TextSpan> span, Comparison<T>? tie = null)
    {
        if (found.Count <= 1) return found.ToArray();
        tie ??= (a, b) => span(a).Start - span(b).Start;
        var kept = new List<T>(found.Count);
        foreach (var f in StableSorted(found, (a, b) => span(a).Length != span(b).Length ? span(b).Length - span(a).Length : tie(a, b)))
            if (!kept.Exists(k => span(k).Start < span(f).End && span(f).Start < span(k).End)) kept.Add(f);
        return StableSorted(kept, (a, b) => span(a).Start.CompareTo(span(b).Start)).ToArray();
    }

    // An insertion sort, which keeps equal items in their order, as OrderBy does.
    private static List<T> StableSorted<T>(List<T> items, Comparison<T> compare)
    {
        var sorted = new List<T>(items.Count);
        foreach (var item in items)
        {
            var at = sorted.Count;
            while (at > 0 && compare(sorted[at - 1], item) > 0) at--;
            sorted.Insert(at, item);
        }
        return sorted;
    }
}
