namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Statements and documents that say what they are, when no one is named as their author: "according to an
/// intelligence assessment", "according to the mission's plan" (document_modifiers or a possessive before a
/// statement_nouns or document_nouns cue). A statement speaks; it is never told anything. Candidates of priority 4.
/// </summary>
internal sealed class DocumentFinder
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> spokespersonNouns, documentModifiers, statementLinks;

    public DocumentFinder(Lexicon lexicon)
    {
        spokespersonNouns = lexicon.Words("spokesperson_nouns").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        documentModifiers = lexicon.Words("document_modifiers").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        statementLinks = lexicon.Words("statement_links").Select(FirstWord).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<SourceCandidate> candidates)
    {
        for (var i = 0; i < cueHits.Count; i++)
        {
            var hit = cueHits[i];
            if (hit.Label is not ("statement_nouns" or "document_nouns") || !char.IsLower(s[hit.Span.Start]) || spokespersonNouns.Contains(s.AsSpan(hit.Span.Start, hit.Span.Length))) continue;
            // An author after it speaks instead: "estimates from the Pentagon".
            if (SkipWhiteSpace(s, hit.Span.End) is var n && WordEnd(s, n) is var e && statementLinks.Contains(s.AsSpan(n, e - n))) continue;
            var first = hit.Span.Start;
            var kind = SourceKind.Other;
            while (true)
            {
                var e2 = first;
                while (e2 > 0 && char.IsWhiteSpace(s[e2 - 1])) e2--;
                var b2 = e2;
                while (b2 > 0 && (char.IsAsciiLetterLower(s[b2 - 1]) || s[b2 - 1] is '\'' or '’' or '-')) b2--;
                if (e2 == first || b2 == e2) break;
                var word = s.AsSpan(b2, e2 - b2);
                var possessive = word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’';
                if (!possessive && !documentModifiers.Contains(word)) break;
                if (word is "intelligence") kind = SourceKind.Intelligence;
                else if (kind == SourceKind.Other && word is "military" or "defense" or "defence") kind = SourceKind.Military;
                first = b2;
                if (possessive) break;
            }
            if (first == hit.Span.Start) continue;
            candidates.Add(new(4, new SourceRef(new TextSpan(start + first, start + hit.Span.End), Normalize(s[first..hit.Span.End]), kind, null,
                CitationRole.Mentioned, null)) { CitedOnly = true, SpeakerOnly = true });
        }
    }
}
