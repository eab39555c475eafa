namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The phrases of a word list read at one place of a text: the words right after a number ("10,000 or more") or
/// right before it ("US 5 billion"), token by token as <see cref="PhraseMatcher"/> reads them (runs of letters and
/// digits; any other character but a space is a token of its own; ’ reads as '). The lists a figure rule asks about
/// are short and asked only beside numbers, so each phrase is compared in turn.
/// </summary>
internal sealed class AdjacentPhrases
{
    private readonly string[][] phrases;
    private readonly StringComparison comparison;
    private readonly int longest;

    public AdjacentPhrases(IEnumerable<string> phrases, bool ignoreCase = true)
    {
        this.phrases = phrases.Select(p => PhraseMatcher.Tokens(p, 0, p.Length).Select(t => PhraseMatcher.Normalized(p.AsSpan(t.Start, t.End - t.Start)).ToString()).ToArray())
            .Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToArray();
        comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        longest = this.phrases.Length == 0 ? 0 : this.phrases[0].Length;
    }

    public static AdjacentPhrases Of(Lexicon lexicon, string list, bool ignoreCase = true) => new(lexicon.Words(list), ignoreCase);

    public static AdjacentPhrases Of(Lexicon lexicon, IEnumerable<string> lists, bool ignoreCase = true) =>
        new(lists.SelectMany(lexicon.Words), ignoreCase);

    /// <summary>
    /// Where the longest phrase that starts at the first token of text[from..end) ends, or -1. Spaces before that
    /// token are skipped: the caller says whether it needs them.
    /// </summary>
    public int EndOfPhraseAt(string text, int from, int end)
    {
        if (longest == 0) return -1;
        Span<(int Start, int End)> tokens = stackalloc (int, int)[longest];
        var count = 0;
        for (var i = from; i < end && count < longest;)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var start = i;
            if (char.IsLetterOrDigit(text[i])) while (i < end && char.IsLetterOrDigit(text[i])) i++;
            else i++;
            tokens[count++] = (start, i);
        }
        foreach (var phrase in phrases)
            if (phrase.Length <= count && Same(text, tokens, phrase)) return tokens[phrase.Length - 1].End;
        return -1;
    }

    /// <summary>
    /// Where the longest phrase that ends with the last token of text[start..at) starts, or -1. Spaces after that
    /// token are skipped: the caller says whether it needs them.
    /// </summary>
    public int StartOfPhraseBefore(string text, int start, int at)
    {
        if (longest == 0) return -1;
        Span<(int Start, int End)> tokens = stackalloc (int, int)[longest];
        var count = 0;
        for (var i = at; i > start && count < longest;)
        {
            if (char.IsWhiteSpace(text[i - 1])) { i--; continue; }
            var end = i;
            if (char.IsLetterOrDigit(text[i - 1])) while (i > start && char.IsLetterOrDigit(text[i - 1])) i--;
            else i--;
            tokens[count++] = (i, end);
        }
        foreach (var phrase in phrases)
        {
            if (phrase.Length > count) continue;
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
                match = Equal(text, tokens[phrase.Length - 1 - k], phrase[k]);
            if (match) return tokens[phrase.Length - 1].Start;
        }
        return -1;
    }

    private bool Same(string text, Span<(int Start, int End)> tokens, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
            if (!Equal(text, tokens[k], phrase[k])) return false;
        return true;
    }

    private bool Equal(string text, (int Start, int End) token, string word)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        return span is "’" or "‘" ? word == "'" : span.Equals(word, comparison);
    }
}
