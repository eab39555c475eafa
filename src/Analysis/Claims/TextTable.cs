namespace Analysis.Claims;

using System.Buffers;
using System.Text;
using System.Text.Unicode;

/// <summary>
/// Texts numbered once each, kept as UTF-8 bytes end to end in large chunks: a text costs its bytes and
/// about 16 more, where a string in a dictionary and a list costs about 100 bytes beyond its characters. Most
/// texts of a large run are document ids, one per document: for a million documents this is the largest
/// thing a run holds. A text's string is made again when asked for (<see cref="Text"/>); a few recent ones
/// are cached, so the subjects and sources that every row names are not made over and over.
/// </summary>
internal sealed class TextTable
{
    private const int ChunkSize = 1 << 20;
    private const int CacheSize = 1 << 12;

    private readonly List<byte[]> chunks = [];
    private int used = ChunkSize; // bytes used in the last chunk (none yet: the first text opens one)
    private readonly Chunks<long> starts = new(); // each text's chunk (high 32 bits) and offset; its length is a prefix there
    private int[] slots = new int[1024];          // open addressing: id + 1, 0 when empty
    private readonly string?[] cache = new string?[CacheSize];
    private readonly int[] cached = new int[CacheSize];
    private byte[] scratch = new byte[256];
    private readonly List<string> odd = [];           // texts with a lone surrogate, kept as strings (start -1 - index)
    private readonly Dictionary<string, int> oddIds = new(StringComparer.Ordinal);

    public int Count => starts.Count;

    /// <summary>The number of <paramref name="text"/>, given the first time it is seen.</summary>
    public int Id(string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (scratch.Length < most) scratch = new byte[Math.Max(most, scratch.Length * 2)];
        // A lone surrogate has no UTF-8: such a text is kept as it is, so that it comes back unchanged.
        if (Utf8.FromUtf16(text, scratch, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            return Odd(text);
        var bytes = scratch.AsSpan(0, written);
        var mask = slots.Length - 1;
        for (var slot = Hash(bytes) & mask; ; slot = (slot + 1) & mask)
        {
            var id = slots[slot] - 1;
            if (id < 0)
            {
                id = Add(bytes);
                slots[slot] = id + 1;
                if (Count * 2 > slots.Length) Grow();
                Remember(id, text);
                return id;
            }
            if (Bytes(id).SequenceEqual(bytes)) return id;
        }
    }

    private int Odd(string text)
    {
        if (oddIds.TryGetValue(text, out var id)) return id;
        odd.Add(text);
        starts.Add(-odd.Count);
        return oddIds[text] = Count - 1;
    }

    /// <summary>The text numbered <paramref name="id"/>.</summary>
    public string Text(int id)
    {
        if (starts[id] < 0) return odd[(int)-starts[id] - 1];
        var slot = id & (CacheSize - 1);
        if (cached[slot] == id + 1) return cache[slot]!;
        var text = Encoding.UTF8.GetString(Bytes(id));
        Remember(id, text);
        return text;
    }

    /// <summary>Compares two texts as <see cref="string.CompareOrdinal(string, string)"/> does (UTF-16 code units).</summary>
    public int CompareOrdinal(int a, int b)
    {
        if (a == b) return 0;
        if (starts[a] < 0 || starts[b] < 0) return Math.Sign(string.CompareOrdinal(Text(a), Text(b)));
        // Decoded into two scratch buffers: a sort compares texts many times, and strings would be garbage.
        var x = Decode(Bytes(a), ref left);
        var y = Decode(Bytes(b), ref right);
        return Math.Sign(x.SequenceCompareTo(y));
    }

    private char[] left = new char[256], right = new char[256];

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes, ref char[] buffer)
    {
        if (buffer.Length < bytes.Length) buffer = new char[Math.Max(bytes.Length, buffer.Length * 2)];
        return buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
    }

    private void Remember(int id, string text)
    {
        var slot = id & (CacheSize - 1);
        (cached[slot], cache[slot]) = (id + 1, text);
    }

    // A text kept as a string has no bytes: it equals no text that has.
    private ReadOnlySpan<byte> Bytes(int id)
    {
        var start = starts[id];
        if (start < 0) return [];
        var chunk = chunks[(int)(start >> 32)];
        var offset = (int)start;
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = chunk[offset++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return chunk.AsSpan(offset, length);
    }

    private int Add(ReadOnlySpan<byte> bytes)
    {
        var need = bytes.Length + 5; // the length as 7-bit groups takes at most 5 bytes
        if (ChunkSize - used < need)
        {
            chunks.Add(new byte[Math.Max(ChunkSize, need)]);
            used = 0;
        }
        var chunk = chunks[^1];
        starts.Add(((long)(chunks.Count - 1) << 32) | (uint)used);
        var length = (uint)bytes.Length;
        for (; length >= 0x80; length >>= 7) chunk[used++] = (byte)(length | 0x80);
        chunk[used++] = (byte)length;
        bytes.CopyTo(chunk.AsSpan(used));
        // A text longer than a chunk has one of its own: the next text opens a new one.
        used = chunk.Length == ChunkSize ? used + bytes.Length : ChunkSize;
        return Count - 1;
    }

    private void Grow()
    {
        slots = new int[slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            if (starts[id] < 0) continue;
            var slot = Hash(Bytes(id)) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }
    }

    // FNV-1a over the bytes, then mixed so that the low bits the slots use depend on every byte.
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 2166136261u;
        foreach (var b in bytes) h = (h ^ b) * 16777619u;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
    }
}
