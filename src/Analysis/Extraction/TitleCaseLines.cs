namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Headlines written in Title Case ("Pentagon Confirms 3,000 North Korean Troops In Russia", "Kim Says North Korea Will Send
/// 6,000 Troops"): their speech verbs are capitalised as every word is, and the cues that read them in lower case
/// (reporting_verbs) would miss them. On such a line only, each capitalised word (not the first) that is a reporting verb in
/// lower case is read as that verb: the line's copy with those words in lower case, the same length, so that spans hold.
/// Running text, where a capitalised "Reports" or "Claims" is a name's part, is left as it is.
/// </summary>
internal sealed class TitleCaseLines(Lexicon lexicon)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs = lexicon.WordLookup("reporting_verbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the line is in Title Case: at least four words of four letters or more (a hyphenated word is one), every
    /// one capitalised. (An all-capitals line, which TitleCase turns away, has no capitalised word with lower case after it
    /// for Read to change.)</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> line) => TitleCase.Is(line, minimumLongWords: 4, hyphenJoins: true);

    /// <summary>The line with its capitalised reporting verbs in lower case when it is in Title Case; else the line itself.</summary>
    public string Read(string line)
    {
        if (!IsTitleCase(line)) return line;
        char[]? copy = null;
        var first = true;
        for (var i = 0; i < line.Length;)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var e = i;
            while (e < line.Length && char.IsLetter(line[e])) e++;
            if (!first && char.IsUpper(line[i]) && e - i > 2 && char.IsLower(line[i + 1]) && verbs.Contains(line.AsSpan(i, e - i)))
                (copy ??= line.ToCharArray())[i] = char.ToLowerInvariant(line[i]);
            first = false;
            i = e;
        }
        return copy is null ? line : new string(copy);
    }
}
