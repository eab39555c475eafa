using System.Runtime.CompilerServices;

namespace Analysis.Vocabulary;

/// <summary>
/// The tokens of one text as <see cref="PhraseMatcher"/> reads them, each with the hash of its case-folded form
/// (<see cref="Hash"/>), read once and shared by every matcher and cue index that reads the same string on the same
/// thread: the components run a dozen matchers over each sentence, and each of them used to walk its characters
/// again. A thread keeps the tables of its last few texts (by reference: strings do not change).
/// </summary>
/// <remarks>
/// A table holds the tokens read from where it began (its origin) onward, read as far as a caller asks, and drops the
/// ones no caller can still need when it is full, so a huge text costs no more memory than a short one. Tokens are
/// those of the whole text, so a caller's range may cut the first or last one: <see cref="TryGet"/> cuts them as
/// <see cref="PhraseMatcher.NextToken"/> would read them from the range's start and up to its end.
/// </remarks>
internal sealed class TokenTable
{
    // A thread's tables: two for each of 64 sets, chosen by the text's identity. The components read a document's text
    // and each of its sentences' strings, one component after the other: these all stay, and so are read once.
    private const int Sets = 64, Capacity = 1 << 14, LongestJump = 1 << 16;

    [ThreadStatic] private static TokenTable?[]? tables;
    [ThreadStatic] private static long clock;
    [ThreadStatic] private static TokenTable? last;

    // For each ASCII character: whether it is white space (1), a letter or digit (2), or a token of its own (0).
    private static readonly byte[] Kinds = Enumerable.Range(0, 128)
        .Select(c => (byte)(char.IsWhiteSpace((char)c) ? 1 : char.IsLetterOrDigit((char)c) ? 2 : 0)).ToArray();

    private string text = "";
    private long used;
    private Token[] tokens = new Token[64];
    // tokens[i] is token number offset + i of those read since the table began; every token that ends after heldFrom
    // is held or not yet read; reading stopped at read (done: at the text's end); tokens before keepFrom may be dropped.
    private int offset, count, heldFrom, read, keepFrom, hint;
    private bool done;

    public readonly record struct Token(int Start, int End, int Hash);

    /// <summary>The table of <paramref name="text"/> on this thread.</summary>
    public static TokenTable For(string text)
    {
        if (last is { } recent && ReferenceEquals(recent.text, text)) return recent;
        var all = tables ??= new TokenTable?[2 * Sets];
        var set = (RuntimeHelpers.GetHashCode(text) & (Sets - 1)) * 2;
        var found = all[set] is { } first && ReferenceEquals(first.text, text) ? first
            : all[set + 1] is { } second && ReferenceEquals(second.text, text) ? second : null;
        if (found is null)
        {
            var older = all[set] is null || all[set + 1] is { } other && other.used > all[set]!.used ? set : set + 1;
            found = all[older] ??= new TokenTable();
            found.Begin(text, 0);
        }
        found.used = ++clock;
        return last = found;
    }

    /// <summary>The number of the first token that ends after <paramref name="start"/> (a number past the last when none does).</summary>
    public int First(int start)
    {
        if (start < heldFrom || start - read > LongestJump) Begin(text, start);
        keepFrom = int.MaxValue; // a token read on the way to start ends before it: no caller needs it
        while (!done && read <= start) ReadOne();
        // Callers mostly go forward a few tokens at a time: a few steps from the last answer, else halving.
        var low = hint <= count && (hint == 0 || tokens[hint - 1].End <= start) ? hint : 0;
        for (var steps = 0; low < count && tokens[low].End <= start; low++)
            if (++steps == 8)
            {
                var high = count;
                while (low < high)
                {
                    var middle = (low + high) >>> 1;
                    if (tokens[middle].End > start) high = middle; else low = middle + 1;
                }
                break;
            }
        hint = low;
        keepFrom = offset + low;
        return keepFrom;
    }

    /// <summary>
    /// Token number <paramref name="number"/> as read inside text[start..end) (cut to it), or false when it starts at or
    /// after end. The caller needs no token before number <paramref name="keep"/> any more.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(int number, int start, int end, int keep, out Token token)
    {
        if ((uint)(number - offset) < (uint)count)
        {
            token = tokens[number - offset];
            if (token.Start >= start && token.End <= end) return true;
        }
        keepFrom = keep;
        return TryGetRead(number, start, end, out token);
    }

    private bool TryGetRead(int number, int start, int end, out Token token)
    {
        while (number - offset >= count && !done) ReadOne();
        if (number - offset >= count || tokens[number - offset] is var held && held.Start >= end) { token = default; return false; }
        token = held.Start >= start && held.End <= end ? held : Cut(Math.Max(held.Start, start), Math.Min(held.End, end));
        return true;
    }

    /// <summary>The text this table reads.</summary>
    public string Text => text;

    /// <summary>
    /// The hash of a token (as <see cref="PhraseMatcher.Normalized"/> reads it), the same for tokens that are equal in
    /// any case (<see cref="StringComparison.OrdinalIgnoreCase"/>): ASCII letters count in lower case, and every other
    /// character alike, as no character outside ASCII is equal to one inside it in any case.
    /// </summary>
    public static int Hash(ReadOnlySpan<char> token)
    {
        if (token is "’" or "‘") token = "'";
        var hash = Seed;
        foreach (var c in token) hash = Step(hash, c);
        return Finish(hash);
    }

    private const uint Seed = 2166136261;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Step(uint hash, char c) => (hash ^ (c < 128 ? (c is >= 'A' and <= 'Z' ? c | 0x20u : c) : 128u)) * 16777619;

    private static int Finish(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        return (int)(hash ^ hash >> 12);
    }

    private Token Cut(int from, int to) => new(from, to, Hash(text.AsSpan(from, to - from)));

    private void Begin(string text, int at)
    {
        this.text = text;
        if (tokens.Length > Capacity / 4 && at == 0) tokens = new Token[64]; // a huge text's room goes with it
        (offset, count, heldFrom, read, keepFrom, hint, done) = (0, 0, at, at, 0, 0, false);
    }

    // Reads the next token as PhraseMatcher.NextToken does, hashing it on the way.
    private void ReadOne()
    {
        var (at, length) = (read, text.Length);
        while (at < length && (text[at] is var c && c < 128 ? Kinds[c] == 1 : char.IsWhiteSpace(c))) at++;
        if (at == length) { (read, done) = (length, true); return; }
        var from = at;
        uint hash;
        if (text[at] is var first && (first < 128 ? Kinds[first] == 2 : char.IsLetterOrDigit(first)))
        {
            hash = Seed;
            for (; at < length && (text[at] is var c && c < 128 ? Kinds[c] == 2 : char.IsLetterOrDigit(c)); at++) hash = Step(hash, text[at]);
        }
        else (hash, at) = (Step(Seed, first is '’' or '‘' ? '\'' : first), at + 1);
        if (count == tokens.Length) MakeRoom();
        tokens[count++] = new Token(from, at, Finish(hash));
        read = at;
    }

    // Drops the tokens before keepFrom when the table is full; grows it when none can go.
    private void MakeRoom()
    {
        var drop = Math.Min(keepFrom - offset, count);
        if (count < Capacity || drop <= 0)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
            return;
        }
        heldFrom = tokens[drop - 1].End;
        Array.Copy(tokens, drop, tokens, 0, count - drop);
        (offset, count, hint) = (offset + drop, count - drop, Math.Max(0, hint - drop));
    }
}
