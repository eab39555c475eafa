using System.Numerics;
using System.Runtime.CompilerServices;

namespace Analysis.Vocabulary;

/// <summary>
/// A fixed set of words looked up by a span of text, ordinal or in any case (<see cref="StringComparison.OrdinalIgnoreCase"/>),
/// with the members of a <see cref="HashSet{T}"/> of the same words and comparer. A reader asks it for one token at a time,
/// hundreds of times a sentence: the framework's span look-up of a string set (<c>HashSet&lt;string&gt;.AlternateLookup</c>)
/// reaches its comparer through two interface calls of shared generic code a look-up, which cost more than the hash and the
/// compare. This one is a sealed class: a length the set has no word of is told by one bit, and a hash of the span's
/// characters (ASCII letters folded when case is ignored) leads to an open-addressed slot.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> set;
    private readonly bool ignoreCase;
    // Bit n: a word of n characters is in the set (63: of 63 or more). Words equal in any case have equal lengths.
    private readonly ulong lengths;
    private readonly string?[] keys;
    private readonly int[] hashes;
    private readonly int mask;

    /// <param name="words">The words; a word equal to an earlier one under <paramref name="comparer"/> is dropped, as a set does.</param>
    /// <param name="comparer"><see cref="StringComparer.Ordinal"/> or <see cref="StringComparer.OrdinalIgnoreCase"/>.</param>
    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        ignoreCase = ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) ? true
            : ReferenceEquals(comparer, StringComparer.Ordinal) ? false
            : throw new ArgumentException("A word set compares ordinally, in case or in any case.", nameof(comparer));
        set = words.ToHashSet(comparer);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, set.Count * 2));
        (keys, hashes, mask) = (new string?[size], new int[size], size - 1);
        foreach (var word in set)
        {
            lengths |= 1UL << Math.Min(word.Length, 63);
            var hash = Hash(word, ignoreCase);
            var slot = hash & mask;
            while (keys[slot] is not null) slot = (slot + 1) & mask;
            (keys[slot], hashes[slot]) = (word, hash);
        }
    }

    /// <summary>The words as a set, with the comparer the set was made with.</summary>
    public HashSet<string> Set => set;

    /// <summary>Whether <paramref name="word"/> is in the set, as <c>Set.Contains(word.ToString())</c> answers.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((lengths >> Math.Min(word.Length, 63) & 1) == 0) return false;
        var hash = Hash(word, ignoreCase);
        for (var slot = hash & mask; keys[slot] is { } key; slot = (slot + 1) & mask)
            if (hashes[slot] == hash && Same(word, key)) return true;
        return false;
    }

    /// <summary>The framework's span look-up of the same set, for a reader that takes one.</summary>
    public static implicit operator HashSet<string>.AlternateLookup<ReadOnlySpan<char>>(WordSet words) =>
        words.set.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same for words equal under the set's comparer: in any case, ASCII letters count in lower case and every character
    // past ASCII alike, as OrdinalIgnoreCase makes no character past ASCII equal to one inside it (WordSetTests checks that).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word, bool ignoreCase)
    {
        var hash = 2166136261u;
        if (ignoreCase)
            foreach (var c in word) hash = (hash ^ (c < 128 ? (c is >= 'A' and <= 'Z' ? c | 0x20u : c) : 128u)) * 16777619;
        else
            foreach (var c in word) hash = (hash ^ c) * 16777619;
        hash ^= hash >> 15;
        return (int)(hash * 0x2C1B3C6D ^ hash >> 12) & int.MaxValue;
    }

    private bool Same(ReadOnlySpan<char> word, string key)
    {
        if (word.Length != key.Length) return false;
        if (!ignoreCase) return word.SequenceEqual(key);
        for (var i = 0; i < word.Length; i++)
        {
            var (a, b) = (word[i], key[i]);
            if (a == b) continue;
            if ((a | b) >= 128) return word.Equals(key, StringComparison.OrdinalIgnoreCase);
            if ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a') return false;
        }
        return true;
    }
}

/// <summary>Word sets made from sequences of words.</summary>
public static class WordSetExtensions
{
    /// <summary>The words as a <see cref="WordSet"/> under <paramref name="comparer"/> (ordinal, in case or in any case).</summary>
    public static WordSet ToWordSet(this IEnumerable<string> words, StringComparer comparer) => new(words, comparer);

    /// <summary>The words of <paramref name="set"/> as a <see cref="WordSet"/> under its comparer: a copy, which later changes to the set do not reach.</summary>
    public static WordSet ToWordSet(this HashSet<string> set) =>
        new(set, set.Comparer switch
        {
            var c when ReferenceEquals(c, StringComparer.OrdinalIgnoreCase) => StringComparer.OrdinalIgnoreCase,
            var c when ReferenceEquals(c, StringComparer.Ordinal) || ReferenceEquals(c, EqualityComparer<string>.Default) => StringComparer.Ordinal,
            _ => throw new ArgumentException("A word set compares ordinally, in case or in any case.", nameof(set)),
        });
}
