namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Words a rule cannot match without: the first word of each phrase of some word lists, in any case. A rule (often a
/// pattern) is tried only where one of them is, so a figure with none of them near it costs a scan of a few words.
/// </summary>
internal sealed class CueWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;

    private CueWords(IEnumerable<string> phrases) =>
        words = phrases.Select(p => PhraseMatcher.Tokens(p, 0, p.Length) is [var first, ..] ? PhraseMatcher.Normalized(p.AsSpan(first.Start, first.End - first.Start)).ToString() : "")
            .Where(w => w.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first words of the phrases of <paramref name="lists"/>.</summary>
    public static CueWords Of(Lexicon lexicon, params string[] lists) => new(lists.SelectMany(lexicon.Words));

    /// <summary>Whether one of the words is a token of text[from..to), read as <see cref="PhraseMatcher"/> reads tokens.</summary>
    public bool AnyIn(string text, int from, int to)
    {
        for (var i = from; i < to;)
        {
            var c = text[i];
            var start = i;
            if (char.IsLetterOrDigit(c)) while (i < to && char.IsLetterOrDigit(text[i])) i++;
            else if (char.IsWhiteSpace(c)) { i++; continue; }
            else i++;
            if (words.Contains(PhraseMatcher.Normalized(text.AsSpan(start, i - start)))) return true;
        }
        return false;
    }
}
