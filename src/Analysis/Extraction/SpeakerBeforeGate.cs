namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether speaker_before (reporting.json) may match the text before a name, told from its last words. The pattern is
/// anchored at the end, and each branch ends in white space (an optional "the" after it) right after one of a few words:
/// "by", "of", "for", the last word of a phrase of statement_links or quoting_verbs; or after "according to" or "per"
/// and up to five phrases of according_fillers. A left context that ends otherwise ("According to the National
/// Intelligence Service, ", "… soldiers are now stationed in ") cannot match, yet its last word (a filler, "in") or a
/// word elsewhere in it ("according", "per" inside "personnel") lets the cheaper tests before the pattern through, and one
/// run of the pattern costs several microseconds (its filler alternation tried word by word, even where it fails at once).
/// Read loosely, so that false is certain: a word with a character past ASCII (which the pattern may read in another case)
/// says true, and a word is compared by its end, not whole.
/// </summary>
internal sealed class SpeakerBeforeGate
{
    // The last words of the branches that end in a closing word, and the words of the fillers (with the optional "the").
    private readonly string[] closingWords;
    private readonly WordSet fillerWords;

    public SpeakerBeforeGate(Lexicon lexicon)
    {
        closingWords = [.. new[] { "by", "of", "for" }.Concat(lexicon.Words("statement_links")).Concat(lexicon.Words("quoting_verbs"))
            .Select(LastWord).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        fillerWords = lexicon.Words("according_fillers").SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Append("the")
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string LastWord(string phrase) => phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [.., var last] ? last : "";

    /// <summary>False where speaker_before cannot match <paramref name="before"/> (the very span the pattern reads).</summary>
    public bool MayMatch(ReadOnlySpan<char> before)
    {
        // Every branch, and the optional "the", ends in white space.
        if (before.IsEmpty || !char.IsWhiteSpace(before[^1])) return false;
        var end = before.Length;
        var last = Run(before, ref end);
        if (last.IsEmpty) return false;
        if (!IsAscii(last) || EndsWithClosingWord(last)) return true;
        var rest = end;
        if (last.Equals("the", StringComparison.OrdinalIgnoreCase) && Run(before, ref rest) is { IsEmpty: false } second
            && (!IsAscii(second) || EndsWithClosingWord(second))) return true;
        // "according to" or "per", then nothing but fillers: read back over the fillers to the word before them.
        for (var word = last; !word.IsEmpty; word = Run(before, ref end))
        {
            if (!IsAscii(word) || word.EndsWith("per", StringComparison.OrdinalIgnoreCase)) return true;
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var at = end;
                var previous = Run(before, ref at);
                if (!IsAscii(previous) || previous.EndsWith("according", StringComparison.OrdinalIgnoreCase)) return true;
            }
            if (!fillerWords.Contains(word)) return false;
        }
        return false;
    }

    private bool EndsWithClosingWord(ReadOnlySpan<char> word)
    {
        foreach (var closing in closingWords)
            if (word.EndsWith(closing, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The run of characters other than white space that ends at or before `end` (white space after it skipped), `end` set to
    // its start; empty at the text's start.
    private static ReadOnlySpan<char> Run(ReadOnlySpan<char> text, ref int end)
    {
        var e = end;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var s = e;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1])) s--;
        end = s;
        return text[s..e];
    }

    private static bool IsAscii(ReadOnlySpan<char> word) => System.Text.Ascii.IsValid(word);
}
