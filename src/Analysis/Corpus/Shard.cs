using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Analysis.Corpus;

/// <summary>
/// Part <see cref="Number"/> of <see cref="Count"/> of a corpus, for a corpus larger than one
/// machine: N machines (or the N tasks of an indexed batch job) each extract one part, and the
/// parts' tables together are the whole corpus's. A file belongs to the part given by its path
/// alone, so every machine makes the same split without talking to the others, and a file keeps its
/// part when others are added: the first 8 bytes of the SHA-256 of its path relative to the corpus
/// (UTF-8, '/' between folders), read as a big-endian number, modulo <see cref="Count"/>, plus one.
/// </summary>
public sealed record Shard
{
    public Shard(int number, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "A corpus is split into 1 or more parts.");
        if (number < 1 || number > count) throw new ArgumentOutOfRangeException(nameof(number), number, $"Parts are numbered 1 to {count}.");
        (Number, Count) = (number, count);
    }

    /// <summary>Which part, from 1 to <see cref="Count"/>.</summary>
    public int Number { get; }

    /// <summary>How many parts the corpus is split into.</summary>
    public int Count { get; }

    /// <summary>Reads "K/N" (part K of N, 1 ≤ K ≤ N), e.g. "2/4"; null with the reason when it is not one.</summary>
    public static Shard? TryParse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var number) || !int.TryParse(parts[1], out var count))
            error = $"'{text}' is not K/N (part K of N, e.g. 2/4)";
        else if (count < 1)
            error = $"'{text}': N must be 1 or more";
        else if (number < 1 || number > count)
            error = $"'{text}': K must be from 1 to {count}";
        else
        {
            error = null;
            return new Shard(number, count);
        }
        return null;
    }

    /// <summary>The part a file belongs to, from its path relative to the corpus folder.</summary>
    public static int PartOf(string relativePath, int count)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    /// <summary>Whether the file at <paramref name="relativePath"/> (relative to the corpus folder) is in this part.</summary>
    public bool Contains(string relativePath) => Count == 1 || PartOf(relativePath, Count) == Number;

    public override string ToString() => $"{Number}/{Count}";
}
