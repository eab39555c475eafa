using System.Buffers;

namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The first words of a family of phrases, searched all at once (a vectorized multi-string search): where in a text
/// a <see cref="PhraseMatcher"/> over those phrases can find its first match. A text that holds none of the words
/// holds none of the phrases, and the matcher need not read it; otherwise it need not read what comes before the
/// first of them. The search finds the words anywhere, even inside longer words: it may send the matcher to read a
/// text in vain, never past a phrase.
/// </summary>
internal sealed class FirstWords
{
    private readonly SearchValues<string>? words;

    /// <param name="phrases">The phrases, as the matcher holds them.</param>
    /// <param name="ignoreCase">As the matcher's: whether "Troops" is "troops".</param>
    public FirstWords(IEnumerable<string> phrases, bool ignoreCase = true)
    {
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var tokens = PhraseMatcher.Tokens(phrase, 0, phrase.Length);
            if (tokens.Count == 0) continue;
            var first = phrase[tokens[0].Start..tokens[0].End];
            // The matcher reads ’ and ‘ as '.
            if (first is "'" or "’" or "‘") firsts.UnionWith(["'", "’", "‘"]);
            else firsts.Add(first);
        }
        words = firsts.Count == 0 ? null : SearchValues.Create(firsts.ToArray(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// The start of the token (as <see cref="PhraseMatcher"/> reads tokens) where the first of the words occurs in
    /// text[start..end), or -1 when none does.
    /// </summary>
    public int In(string text, int start, int end)
    {
        if (words is null) return -1;
        var at = text.AsSpan(start, end - start).IndexOfAny(words);
        if (at < 0) return -1;
        at += start;
        while (at > start && char.IsLetterOrDigit(text[at]) && char.IsLetterOrDigit(text[at - 1])) at--;
        return at;
    }
}
