namespace Analysis.Vocabulary;

/// <summary>
/// The ASCII characters that keys start (or end) with, one bit each: a place whose character no key has is turned
/// away before the hash and look-up of its word. Any character outside ASCII passes (’ reads as ', and a letter
/// outside ASCII may equal one inside it in some case: "ſ", "K").
/// </summary>
/// <remarks>
/// Two 64-bit halves rather than one <see cref="UInt128"/>: ReadyToRun does not precompile a method that uses
/// UInt128 (its layout may change with the runtime), so every method that built or read the filter, the
/// extraction steps' constructors and hot loops among them, was JIT-compiled at the start of each run.
/// </remarks>
internal readonly record struct CharacterFilter(ulong Low, ulong High)
{
    /// <summary>The filter of these characters, in both cases when case is ignored; none (all pass) when case is ignored and one is outside ASCII.</summary>
    public static CharacterFilter Of(IEnumerable<char> characters, bool ignoreCase)
    {
        ulong low = 0, high = 0;
        foreach (var c in characters)
            if (c >= 128)
            {
                if (ignoreCase) return new(ulong.MaxValue, ulong.MaxValue);
            }
            else
            {
                Set(ref low, ref high, c);
                if (ignoreCase && char.IsAsciiLetter(c)) Set(ref low, ref high, (char)(c ^ 0x20));
            }
        return new(low, high);
    }

    /// <summary>Whether a key may have `c` there.</summary>
    public bool May(char c) => c >= 128 || ((c < 64 ? Low >> c : High >> (c - 64)) & 1) != 0;

    private static void Set(ref ulong low, ref ulong high, char c)
    {
        if (c < 64) low |= 1UL << c;
        else high |= 1UL << (c - 64);
    }
}
