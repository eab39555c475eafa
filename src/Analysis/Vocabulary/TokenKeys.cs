using System.Numerics;

namespace Analysis.Vocabulary;

/// <summary>
/// Tokens (as <see cref="PhraseMatcher"/> reads them, <see cref="PhraseMatcher.Normalized"/>) looked up by the hash a
/// <see cref="TokenTable"/> already holds, each within a scope (a trie node, say) and with or without its case: no
/// string, no hashing per lookup. Keys of scope 0 also set a bit of a small filter, so a token that opens no key is
/// told so by one bit, without a lookup.
/// </summary>
internal sealed class TokenKeys
{
    private const int FilterBits = 1 << 14;

    private readonly ulong[] filter = new ulong[FilterBits / 64];
    // The same for keys of the other scopes, by scope and hash: most tokens after a phrase's first continue none of it.
    private readonly ulong[] inner = new ulong[InnerBits / 64];
    private const int InnerBits = 1 << 16;
    private readonly List<Added> entries = [];
    private int[] buckets = [-1];
    private Entry[] table = [];
    // Every key's characters in one array, in the order added (Entry.KeyStart): a lookup reads them beside its neighbours'.
    private char[] keys = [];
    private int shift = 32;

    private readonly record struct Added(int Scope, int Hash, string Key, bool MatchCase, int Value);
    private readonly record struct Entry(int Scope, int Hash, int KeyStart, int KeyLength, bool MatchCase, int Value, int Next);

    public int Count => entries.Count;

    /// <summary>Adds <paramref name="key"/> (a normalized token) in <paramref name="scope"/>; lookups find <paramref name="value"/> for it.</summary>
    public void Add(int scope, string key, bool matchCase, int value)
    {
        var hash = TokenTable.Hash(key);
        entries.Add(new Added(scope, hash, key, matchCase, value));
        if (scope == 0) filter[FilterIndex(hash) >> 6] |= 1UL << FilterIndex(hash);
        else inner[InnerIndex(scope, hash) >> 6] |= 1UL << InnerIndex(scope, hash);
    }

    /// <summary>Whether a token of this hash may be a key of scope 0.</summary>
    public bool MayOpen(int hash) => (filter[FilterIndex(hash) >> 6] & (1UL << FilterIndex(hash))) != 0;

    /// <summary>
    /// The value of the next key after entry <paramref name="after"/> (-1: the first) in <paramref name="scope"/> that
    /// the token text[token.Start..token.End) is, with its entry in <paramref name="entry"/>; -1 when no other is.
    /// </summary>
    public int Find(int scope, string text, TokenTable.Token token, ref int entry)
    {
        if (entry < 0 && scope != 0 && (inner[InnerIndex(scope, token.Hash) >> 6] & (1UL << InnerIndex(scope, token.Hash))) == 0) return -1;
        var length = token.End - token.Start;
        for (var at = entry < 0 ? buckets[Bucket(scope, token.Hash)] : table[entry].Next; at >= 0; at = table[at].Next)
        {
            ref readonly var e = ref table[at];
            if (e.Hash == token.Hash && e.Scope == scope && e.KeyLength == length && Same(text.AsSpan(token.Start, length), keys.AsSpan(e.KeyStart, length), e.MatchCase))
            {
                entry = at;
                return e.Value;
            }
        }
        entry = -1;
        return -1;
    }

    // Whether a token of the text is the key (PhraseMatcher.Normalized, of the same length): ordinal, or in any case as
    // OrdinalIgnoreCase reads them (ASCII letters here; any other pair of characters by it).
    private static bool Same(ReadOnlySpan<char> token, ReadOnlySpan<char> key, bool matchCase)
    {
        if (token.Length == 1 && token[0] is '’' or '‘') token = "'";
        for (var i = 0; i < key.Length; i++)
        {
            var (a, b) = (token[i], key[i]);
            if (a == b) continue;
            if (matchCase) return false;
            if ((a | b) < 128)
            {
                if ((a | 0x20) != (b | 0x20) || (uint)((a | 0x20) - 'a') > 'z' - 'a') return false;
            }
            else if (!token.Slice(i, 1).Equals(key.Slice(i, 1), StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>Makes the keys added so far ready for lookups (which may then run on several threads at once).</summary>
    public void Seal()
    {
        buckets = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)entries.Count * 2))];
        shift = 32 - BitOperations.Log2((uint)buckets.Length);
        Array.Fill(buckets, -1);
        table = new Entry[entries.Count];
        var starts = new int[entries.Count];
        var length = 0;
        for (var i = 0; i < entries.Count; i++) (starts[i], length) = (length, length + entries[i].Key.Length);
        keys = new char[length];
        for (var i = 0; i < entries.Count; i++) entries[i].Key.CopyTo(keys.AsSpan(starts[i]));
        // Chained in the order keys were added, so a lookup meets them in that order.
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var (scope, hash, key, matchCase, value) = entries[i];
            ref var bucket = ref buckets[Bucket(scope, hash)];
            table[i] = new Entry(scope, hash, starts[i], key.Length, matchCase, value, bucket);
            bucket = i;
        }
    }

    private int Bucket(int scope, int hash) => shift == 32 ? 0 : (int)((uint)(hash ^ scope * -1640531535) * 2654435769U >> shift);

    private static int FilterIndex(int hash) => (int)((uint)hash >> 18);

    private static int InnerIndex(int scope, int hash) => (int)((uint)(hash ^ scope * -1640531535) * 2654435769U >> 16);
}
