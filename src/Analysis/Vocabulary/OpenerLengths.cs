namespace Analysis.Vocabulary;

/// <summary>
/// By the first character of a token (ASCII; in lower case unless case must match): the lengths of the keys that
/// start with it, as bits (63 for 63 or more). Most tokens of a text are no key's first token, and this tells so
/// without hashing them; a token that starts outside ASCII is always looked up.
/// </summary>
internal sealed class OpenerLengths(bool matchCase)
{
    private readonly ulong[] lengths = new ulong[128];

    public void Add(string key)
    {
        if (key[0] < 128) lengths[Index(key[0])] |= Bit(key.Length);
        else Array.Fill(lengths, ulong.MaxValue); // a case rule outside ASCII could match an ASCII token: look every token up
    }

    /// <summary>Whether the token text[from..to) may be one of the keys.</summary>
    public bool May(string text, int from, int to) =>
        text[from] >= 128 || (lengths[Index(text[from])] & Bit(to - from)) != 0;

    private char Index(char c) => matchCase ? c : char.ToLowerInvariant(c);

    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
}
