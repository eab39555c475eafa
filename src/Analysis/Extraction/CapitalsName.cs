namespace Analysis.Extraction;

/// <summary>
/// A person's name written in capitals ("HANK TAYLOR" in a transcript's label, "BY SEO MIN-JAE" in a byline) named as a name is
/// written elsewhere: "Hank Taylor", "Seo Min-jae".
/// </summary>
internal static class CapitalsName
{
    /// <summary>The name with each word's case restored, when it has no lower-case letter; else the name as it is.</summary>
    public static string Restore(string name) =>
        name.Any(char.IsLower) ? name : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word));

    // "SUN-WON" is "Sun-won", "O'BRIEN" "O'Brien", "MCCAIN" "Mccain" (the word's inner capitals are not known).
    public static string Word(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        chars[0] = char.ToUpperInvariant(chars[0]);
        if (chars.Length > 2 && chars[1] is '\'' or '’') chars[2] = char.ToUpperInvariant(chars[2]);
        return new string(chars);
    }
}
