namespace Analysis.Vocabulary;

/// <summary>
/// The ASCII characters that keys start (or end) with, one bit each: a place whose character no key has is turned
/// away before the hash and look-up of its word. Any character outside ASCII passes (’ reads as ', and a letter
/// outside ASCII may equal one inside it in some case: "ſ", "K").
/// </summary>
internal readonly record struct CharacterFilter(UInt128 Bits)
{
    /// <summary>The filter of these characters, in both cases when case is ignored; none (all pass) when case is ignored and one is outside ASCII.</summary>
    public static CharacterFilter Of(IEnumerable<char> characters, bool ignoreCase)
    {
        var bits = UInt128.Zero;
        foreach (var c in characters)
            if (c >= 128)
            {
                if (ignoreCase) return new(UInt128.MaxValue);
            }
            else bits |= UInt128.One << c | (ignoreCase && char.IsAsciiLetter(c) ? UInt128.One << (c ^ 0x20) : UInt128.Zero);
        return new(bits);
    }

    /// <summary>Whether a key may have `c` there.</summary>
    public bool May(char c) => c >= 128 || (Bits & UInt128.One << c) != UInt128.Zero;
}
