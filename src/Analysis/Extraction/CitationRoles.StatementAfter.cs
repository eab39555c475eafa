namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// statement_after: a name whose statement follows it ("X's latest estimate", "X has released figures"). The words
/// after the name decide whether the pattern can match at all before it is run.
/// </summary>
internal sealed partial class CitationRoles
{
    private static bool IsStatementChain(ReadOnlySpan<char> word)
    {
        foreach (var w in StatementChain)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Whether statement_after can match at the start of `after`: an apostrophe ("X's estimate"), or white space and one of
    // its openers ("X has released figures"). Most names are followed by neither, and the pattern is not run.
    private bool MayStateAfter(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty) return false;
        if (statementAfterOpeners is not { } openers) return true;
        // "'s latest estimate": one of the three words after the apostrophe opens a statement noun, which ends at a word
        // boundary (so the word's leading run of word characters is the noun).
        if (after[0] is '\'' or '’')
        {
            var at = after.Length > 1 && after[1] == 's' ? 2 : 1;
            for (var words = 0; words < 3; words++)
            {
                var start = at;
                while (at < after.Length && char.IsWhiteSpace(after[at])) at++;
                if (at == start || at == after.Length) return false;
                var run = at;
                while (run < after.Length && CueIndex.IsWordCharacter(after[run])) run++;
                if (run > at && (statementNouns.Contains(after[at..run]) || releasedPictures.Contains(after[at..run]))
                    // "the National Assembly's intelligence committee": the noun names the body's committee, no statement of its own.
                    && !statementNounCompounds.Contains(NextWord(after, run)))
                    return true;
                while (at < after.Length && !char.IsWhiteSpace(after[at])) at++;
            }
            return false;
        }
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0 || i == after.Length) return false;
        var n = LetterRun(after[i..], 0);
        if (n == 0 || !openers.Contains(after.Slice(i, n))) return false;
        // "has also released", "on Monday gave": past the auxiliaries, "also", and "on" with the word after it, a release
        // verb's first word.
        var dayWord = false;
        while (i < after.Length)
        {
            if (dayWord) dayWord = false;
            else
            {
                n = LetterRun(after[i..], 0);
                var word = after.Slice(i, n);
                if (n == 0) return false;
                if (releaseVerbStarts.Contains(word)) return true;
                dayWord = word.Equals("on", StringComparison.OrdinalIgnoreCase);
                if (!dayWord && !IsStatementChain(word)) return false;
            }
            while (i < after.Length && !char.IsWhiteSpace(after[i])) i++;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        }
        return false;
    }
}
