namespace Analysis.Extraction;

/// <summary>
/// Phrases split into words, by their first character: <see cref="SourceText.PhraseAt"/> compares only those that can
/// start where it reads.
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<char, string[][]> byFirst;
    // A phrase of no words matches anywhere: it is compared everywhere.
    private readonly string[][] empty;

    public PhraseTable(string[][] phrases)
    {
        byFirst = phrases.Where(p => p.Length > 0).GroupBy(p => p[0][0]).ToDictionary(g => g.Key, g => g.Concat(phrases.Where(e => e.Length == 0)).ToArray());
        empty = phrases.Where(p => p.Length == 0).ToArray();
    }

    public string[][] At(string s, int at) => at < s.Length && byFirst.TryGetValue(s[at], out var phrases) ? phrases : empty;
}
