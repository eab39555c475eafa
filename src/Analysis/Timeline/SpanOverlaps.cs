using System.Buffers;
using System.Runtime.CompilerServices;

namespace Analysis.Timeline;

using Analysis.Corpus;

internal static class SpanOverlaps
{
    /// <summary>
    /// Of overlapping items the longest, in text order: what sorting by OrderByDescending(length), then
    /// by <paramref name="tie"/> (default: the earlier start), then in the order found, keeping each item
    /// that overlaps none kept, then OrderBy(start) returns, without LINQ's buffers and delegates (the
    /// lists are a handful long). <paramref name="found"/> is left sorted longest first.
    /// </summary>
    public static T[] WithoutOverlaps<T>(List<T> found, Func<T, TextSpan> span, Comparison<T>? tie = null)
    {
        if (found.Count <= 1) return found.ToArray();
        var kept = ArrayPool<T>.Shared.Rent(found.Count);
        var count = WithoutOverlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), kept, span, tie);
        var result = kept.AsSpan(0, count).ToArray();
        ArrayPool<T>.Shared.Return(kept, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        return result;
    }

    /// <summary>
    /// <see cref="WithoutOverlaps{T}(List{T}, Func{T, TextSpan}, Comparison{T}?)"/> into <paramref name="kept"/> (at
    /// least as long as <paramref name="found"/>), sorting <paramref name="found"/> in place: how many are kept.
    /// </summary>
    public static int WithoutOverlaps<T>(Span<T> found, Span<T> kept, Func<T, TextSpan> span, Comparison<T>? tie = null)
    {
        // Longest first, by insertion, which keeps equal items in their order.
        for (var n = 1; n < found.Length; n++)
        {
            var item = found[n];
            var at = n;
            while (at > 0 && Compare(found[at - 1], item, span, tie) > 0) at--;
            found[at..n].CopyTo(found[(at + 1)..]);
            found[at] = item;
        }
        // The kept ones in text order: each goes after those that start where it does or before.
        var count = 0;
        foreach (var item in found)
        {
            var s = span(item);
            var overlaps = false;
            for (var k = 0; k < count && !overlaps; k++)
                overlaps = span(kept[k]) is var other && other.Start < s.End && s.Start < other.End;
            if (overlaps) continue;
            var at = count;
            while (at > 0 && span(kept[at - 1]).Start > s.Start) at--;
            kept[at..count].CopyTo(kept[(at + 1)..]);
            kept[at] = item;
            count++;
        }
        return count;
    }

    private static int Compare<T>(T a, T b, Func<T, TextSpan> span, Comparison<T>? tie)
    {
        var (x, y) = (span(a), span(b));
        if (x.Length != y.Length) return y.Length - x.Length;
        return tie is null ? x.Start - y.Start : tie(a, b);
    }
}
