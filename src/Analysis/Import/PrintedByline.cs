namespace Analysis.Import;

/// <summary>
/// A byline a page prints as a paragraph of its own, with no markup that names it one ("By Anna Kowal", "By Anna Kowal and
/// Jo Haddad"): Readability keeps it as text, where it is the article's author, as a byline it recognises is. Only "By" and
/// names are read: two to four capitalised words or initials each, joined by commas, "and" or "&amp;", nothing else on the
/// line ("By Tuesday, 500 troops had left", "By Anna Kowal, Reuters" and "By Air And Sea" are left as text).
/// </summary>
internal static class PrintedByline
{
    private const int MaxLength = 100, MinWords = 2, MaxWords = 4;

    // Words that join or open the words of a heading, not of a name.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal) { "And", "The", "Of", "In", "On", "At", "For", "To", "With", "From", "A", "An" };

    // Small words inside a name ("Anna van der Berg", "Omar al Hassan").
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "van", "von", "der", "den", "de", "da", "del", "di", "du", "la", "le", "al", "bin", "ibn" };

    /// <summary>The author the byline names ("Anna Kowal", "Anna Kowal, Jo Haddad"), or null when the paragraph is no byline.</summary>
    public static string? Author(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length > MaxLength || !(text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("BY ", StringComparison.Ordinal))) return null;
        var names = new List<string>();
        foreach (var part in text[3..].Replace(" and ", ",", StringComparison.Ordinal).Replace(" AND ", ",", StringComparison.Ordinal).Replace(" & ", ",", StringComparison.Ordinal)
                     .Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0 && names.Count > 0) continue; // "By A, B, and C": the comma before "and"
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < MinWords or > MaxWords + 2 || !words.All(IsNameWord) || Particles.Contains(words[0]) || Particles.Contains(words[^1])
                || words.Count(w => !Particles.Contains(w)) is < MinWords or > MaxWords) return null;
            names.Add(string.Join(' ', words));
        }
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    // A capitalised word of letters (a hyphen or an apostrophe inside), an initial ("L."), or a particle.
    private static bool IsNameWord(string word) =>
        Particles.Contains(word)
        || char.IsUpper(word[0]) && !NotNameWords.Contains(word) && (word.Length == 2 && word[1] == '.'
            || word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'));
}
