namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The words that a rule (often a pattern) cannot match without: the first word of each phrase of some word lists, in
/// any case. <see cref="In"/> reads a stretch of text once and says which lists have a word there (bit i for list i),
/// so a rule is tried only where its words are, and a figure with none of them near it costs a scan of a few words.
/// </summary>
internal sealed class CueWords
{
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> words;

    private CueWords(IReadOnlyList<IReadOnlyList<string>> lists)
    {
        if (lists.Count > 64) throw new ArgumentException("At most 64 lists.", nameof(lists));
        var masks = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lists.Count; i++)
            foreach (var phrase in lists[i])
                if (PhraseMatcher.Tokens(phrase, 0, phrase.Length) is [var first, ..])
                {
                    var word = PhraseMatcher.Normalized(phrase.AsSpan(first.Start, first.End - first.Start)).ToString();
                    masks[word] = masks.GetValueOrDefault(word) | 1UL << i;
                }
        words = masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first words of the phrases of <paramref name="lists"/>; list i is bit i of <see cref="In"/>.</summary>
    public static CueWords Of(Lexicon lexicon, params string[] lists) => new(lists.Select(l => lexicon.Words(l)).ToArray());

    /// <summary>Which lists have a word that is a token of text[from..to) (tokens as <see cref="PhraseMatcher"/> reads them): bit i for list i.</summary>
    public ulong In(string text, int from, int to)
    {
        var found = 0UL;
        for (var i = from; i < to;)
        {
            var c = text[i];
            var start = i;
            if (char.IsLetterOrDigit(c)) while (i < to && char.IsLetterOrDigit(text[i])) i++;
            else if (char.IsWhiteSpace(c)) { i++; continue; }
            else i++;
            if (words.TryGetValue(PhraseMatcher.Normalized(text.AsSpan(start, i - start)), out var mask)) found |= mask;
        }
        return found;
    }
}
