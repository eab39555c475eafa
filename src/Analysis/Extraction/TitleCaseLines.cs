namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Headlines written in Title Case ("Pentagon Confirms 3,000 North Korean Troops In Russia", "Kim Says North Korea Will Send
/// 6,000 Troops"): their speech verbs are capitalised as every word is, and the cues that read them in lower case
/// (reporting_verbs) would miss them. On such a line only, each capitalised word (not the first) that is a reporting verb in
/// lower case is read as that verb: the line's copy with those words in lower case, the same length, so that spans hold.
/// So is an unnamed voice's noun ("..., Dutch Lawmaker Says", "..., Senior Defense Officials Say": title_case_voice_heads)
/// with the trade words just before it (group_modifiers, group_leading_modifiers): capitalised only by the line's style, it
/// would otherwise be read as a name ("Dutch Lawmaker") instead of the unnamed voice prose names "Dutch lawmakers".
/// Running text, where a capitalised "Reports" or "Claims" is a name's part, is left as it is.
/// </summary>
internal sealed class TitleCaseLines(Lexicon lexicon)
{
    private readonly WordSet verbs = lexicon.WordLookup("reporting_verbs", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet voiceHeads = lexicon.WordLookup("title_case_voice_heads", StringComparer.OrdinalIgnoreCase);
    // "senior", "defense", "military": the one-word trades and ranks of an unnamed voice, in lower case.
    private readonly WordSet voiceModifiers = lexicon.Words("group_modifiers")
        .Concat(lexicon.Words("group_leading_modifiers")).Where(w => !w.Contains(' ') && w.All(c => !char.IsUpper(c)))
        .ToWordSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the line is in Title Case: at least four words of four letters or more (a hyphenated word is one), every
    /// one capitalised. (An all-capitals line, which TitleCase turns away, has no capitalised word with lower case after it
    /// for Read to change.)</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> line) => TitleCase.Is(line, minimumLongWords: 4, hyphenJoins: true);

    /// <summary>The line with its capitalised reporting verbs and unnamed voices in lower case when it is in Title Case; else
    /// the line itself.</summary>
    public string Read(string line)
    {
        if (!IsTitleCase(line)) return line;
        char[]? copy = null;
        var first = true;
        // The last few words read (start, end), for the trade words before a voice's noun.
        Span<(int Start, int End)> words = stackalloc (int, int)[TradeWords];
        var count = 0;
        for (var i = 0; i < line.Length;)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var e = i;
            while (e < line.Length && char.IsLetter(line[e])) e++;
            var word = line.AsSpan(i, e - i);
            if (!first && Capitalised(line, i, e) && (verbs.Contains(word) || voiceHeads.Contains(word)))
            {
                copy ??= line.ToCharArray();
                copy[i] = char.ToLowerInvariant(line[i]);
                if (!verbs.Contains(word)) LowerTradeWords(line, copy, words[..count], i);
            }
            first = false;
            if (count == words.Length) { words[1..].CopyTo(words); count--; }
            words[count++] = (i, e);
            i = e;
        }
        return copy is null ? line : new string(copy);
    }

    // How many words before a voice's noun may be its trade words ("Senior Defense Intelligence Officials").
    private const int TradeWords = 4;

    // "Senior Defense Officials": the trade words right before a voice's noun (which starts at `next`), in lower case, back to
    // the voice's country or to the line's other words.
    private void LowerTradeWords(string line, char[] copy, ReadOnlySpan<(int Start, int End)> before, int next)
    {
        for (var k = before.Length - 1; k >= 0; k--)
        {
            var (from, to) = before[k];
            if (!Capitalised(line, from, to) || !voiceModifiers.Contains(line.AsSpan(from, to - from)) || !Adjacent(line, to, next)) return;
            copy[from] = char.ToLowerInvariant(line[from]);
            next = from;
        }
    }

    private static bool Capitalised(string line, int start, int end) => end - start > 2 && char.IsUpper(line[start]) && char.IsLower(line[start + 1]);

    // Only blanks between two words: "Defense Officials", not "Defense, Officials".
    private static bool Adjacent(string line, int end, int next)
    {
        for (var k = end; k < next; k++) if (!char.IsWhiteSpace(line[k])) return false;
        return true;
    }
}
