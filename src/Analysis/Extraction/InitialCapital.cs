namespace Analysis.Extraction;

/// <summary>
/// A word written with its first letter capitalised, the rest as it is: a lower-case word of the text named as the lists or
/// the tables write it ("western" as "Western", "correspondent" as "Correspondent").
/// </summary>
internal static class InitialCapital
{
    /// <summary>The word with its first letter in upper case; the word must not be empty.</summary>
    public static string Of(ReadOnlySpan<char> word) => string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..]);
}
