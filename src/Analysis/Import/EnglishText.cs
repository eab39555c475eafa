namespace Analysis.Import;

/// <summary>
/// Whether an article is in English, the language the kit's extractors read. Judged by the text, not
/// by what the page declares (CMSs often declare the site's language on every page): in English news
/// prose about a third of the words are among the commonest English words below; in other languages
/// written in Latin letters a few percent are, in other scripts none. A text too short to judge is
/// taken at the page's declared language, and passes when there is none.
/// </summary>
public static class EnglishText
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "it", "its",
        "he", "she", "his", "her", "they", "their", "said", "has", "have", "had", "be", "been", "are", "were", "which", "an",
        "this", "not", "but", "or", "will", "would", "who", "more", "than", "after", "about", "into", "also", "over", "there",
    };

    /// <summary>Fewer words than this and the text is not judged on its own.</summary>
    public const int WordsToJudge = 40;

    /// <summary>The share of common English words below which a text is judged not English.</summary>
    public const double Threshold = 0.15;

    /// <summary>Null when the text reads as English; else what it seems to be, for the problem message.</summary>
    public static string? NotEnglish(IEnumerable<string> paragraphs, string? declaredLanguage)
    {
        var words = paragraphs.SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('"', '\'', '“', '”', '‘', '’', ',', '.', ';', ':', '(', ')', '!', '?'))
            .Where(w => w.Length > 0)
            .ToList();
        var declared = string.IsNullOrWhiteSpace(declaredLanguage) ? null : declaredLanguage.Trim();
        var declaredEnglish = declared is null || declared.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        if (words.Count < WordsToJudge)
            return declaredEnglish ? null : $"the page declares its language as '{declared}'";
        var share = words.Count(CommonWords.Contains) / (double)words.Count;
        if (share >= Threshold) return null;
        return $"{share:P0} of its {words.Count} words are common English words (English news has about a third)" +
               (declared is not null && !declaredEnglish ? $"; the page declares '{declared}'" : "");
    }
}
