namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Words in capitals, two to six letters ("UNN", "JNIM"), which may name an outlet or a group no list knows. Candidates
/// of priority 4: a source only where the text cites it (one that is told something is an outlet: "told UNN"). A word the
/// gazetteer names ("ECOWAS", "OSCE") is not unknown: its entry's reading is the only one, so it may speak in a headline.
/// </summary>
internal sealed class Acronyms(Lexicon lexicon)
{
    private readonly WordSet notNameWords =
        lexicon.WordLookup("not_name_starts", StringComparer.Ordinal);
    // "TV": capitals that are an everyday word (everyday_acronyms).
    private readonly WordSet everydayWords =
        lexicon.WordLookup("everyday_acronyms", StringComparer.Ordinal);

    // "spokesman", "spokeswoman": the body's spokesperson after an unknown acronym speaks for it (spokesperson_nouns).
    private readonly WordSet spokespersonWords =
        lexicon.WordLookup("spokesperson_nouns", StringComparer.Ordinal);

    // "an FARDC spokesman said", "a CODECO spokeswoman told AFP": where the spokesperson after the acronym ending at `end` ends,
    // the span the text cites for the body; `end` itself when none follows, or when a name does ("a CODECO spokesman, John Lomo,
    // said", "CODECO spokesman John Lomo said": the person speaks).
    private int SpokespersonEnd(string s, int end)
    {
        var n = SkipWhiteSpace(s, end);
        if (n == end || WordEnd(s, n) is var e && !spokespersonWords.Contains(s.AsSpan(n, e - n))) return end;
        var next = SkipWhiteSpace(s, e);
        if (next < s.Length && (char.IsUpper(s[next]) || s[next] == ',' && SkipWhiteSpace(s, next + 1) is var m && m < s.Length && char.IsUpper(s[m]))) return end;
        return e;
    }

    public void Add(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<SourceCandidate> candidates)
    {
        // From capital to capital: an acronym starts with one.
        for (var i = 0; i < s.Length && s.AsSpan(i).IndexOfAnyInRange('A', 'Z') is var next and >= 0; i++)
        {
            i += next;
            if (i > 0 && (IsWord(s[i - 1]) || s[i - 1] is '.' or '-' or '\'' or '’')) continue;
            var j = WordEnd(s, i);
            if (j - i is >= 2 and <= 6 && IsAcronym(s.AsSpan(i, j - i)) && (j == s.Length || s[j] != '-' && !(s[j] == '.' && j + 1 < s.Length && IsWord(s[j + 1]))) && !notNameWords.Contains(s.AsSpan(i, j - i)) && !everydayWords.Contains(s.AsSpan(i, j - i))
                && !SourceFinder.IsMatched(gazetteerMatches, new TextSpan(start + i, start + j)))
                candidates.Add(new(4, new SourceRef(new TextSpan(start + i, start + SpokespersonEnd(s, j)), s[i..j], SourceKind.Other, null, CitationRole.Mentioned, null)));
            i = j;
        }
    }
}
