namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A name inside a list of three or more names that speak together: "Benin, Bangladesh, the Bahamas and Chad have said", "Paris,
/// London, and Berlin say", "Chancellor A, President B and Prime Minister C on Sunday said". speaker_after reads a name, a
/// comma and one more name before "and"; the earlier names of a longer list, and the one before an Oxford comma's ", and",
/// stand further from the verb and went uncited though the list speaks as one.
/// An item is a comma, an optional "the" and one to five capitalised words; the last is joined by "and" (after a comma or not),
/// and the verb after it is what speaker_after reads. The list must open its clause: names after a preposition or a verb
/// ("officials in Kenya, Uganda and Tanzania said", "welcomed Kenya, Benin and Chad") are places or objects, no voices.
/// </summary>
internal sealed partial class CitationRoles
{
    private const int SerialItemWords = 5;

    // The conjunctions after which a list opens a clause of its own (serial_list_openers), and the capitalised prepositions that
    // open a sentence's phrase before its subject (sentence_opening_prepositions); both compared as written.
    private readonly WordSet serialListOpeners;
    private readonly WordSet sentencePrepositions;

    private bool SpeaksAfterSerialList(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] != ',' && !char.IsWhiteSpace(after[0])) return false;
        var earlier = ItemsBefore(before, out var opens);
        if (!opens) return false;
        var (i, items) = (0, 0);
        while (true)
        {
            var k = SkipSpace(after, i);
            var comma = k < after.Length && after[k] == ',';
            if (comma) k = SkipSpace(after, k + 1);
            if (StartsWithWord(after[k..], "and"))
                // The name, the items between, the last: three at least (two are speaker_after's own).
                return earlier + items + 2 >= 3 && LastItemSpeaks(after[(k + 3)..]);
            if (!comma) return false;
            var end = CapitalisedItemEnd(after, k);
            if (end < 0) return false;
            items++;
            i = end;
        }
    }

    // The last item after "and", then the verb speaker_after reads.
    private bool LastItemSpeaks(ReadOnlySpan<char> rest)
    {
        var k = SkipSpace(rest, 0);
        if (k == 0) return false;
        var end = CapitalisedItemEnd(rest, k);
        if (end < 0) return false;
        return SpeaksAfter(rest[end..], out var verbEnd) && !SaysNothing(rest[end..], ref verbEnd);
    }

    // Where an item of "the" and up to five capitalised words ("the Bahamas", "French President Emmanuel Macron", "U.S.") that
    // starts at `at` ends, or -1.
    private static int CapitalisedItemEnd(ReadOnlySpan<char> s, int at)
    {
        if (StartsWithWord(s[at..], "the")) at = SkipSpace(s, at + 3);
        var end = -1;
        for (var words = 0; words < SerialItemWords && at < s.Length && char.IsUpper(s[at]); words++)
        {
            var e = at + 1;
            while (e < s.Length && (char.IsLetterOrDigit(s[e]) || s[e] is '.' or '\'' or '’' or '-')) e++;
            end = e;
            var next = SkipSpace(s, e);
            if (next == e || next >= s.Length || !char.IsUpper(s[next])) break;
            at = next;
        }
        return end;
    }

    // How many items of the list stand before the name ("Kenya, the Bahamas, " before "Chad"), and whether the list opens its
    // clause: nothing, a mark, "such as" or a conjunction before its first item (an article before it is read past).
    private int ItemsBefore(ReadOnlySpan<char> before, out bool opens)
    {
        var b = StripArticle(before.TrimEnd());
        var items = 0;
        while (b.Length > 0 && b[^1] == ',')
        {
            var c = b[..^1].TrimEnd();
            var start = c.Length;
            for (var words = 0; words < SerialItemWords; words++)
            {
                var e = SkipBackSpace(c, start);
                if (words > 0 && e == start) break;
                var w = e;
                while (w > 0 && !char.IsWhiteSpace(c[w - 1]) && c[w - 1] is not (',' or ';' or ':' or '(' or '"' or '“')) w--;
                if (w == e || !char.IsUpper(c[w])) break;
                start = w;
            }
            if (start == c.Length) break;
            // "On Tuesday, the United States, …": a phrase a capitalised preposition opens is no item; its comma opens the clause.
            var item = c[start..];
            if (item.IndexOf(' ') is > 0 and var space && sentencePrepositions.Contains(item[..space])) break;
            items++;
            b = StripArticle(c[..start].TrimEnd());
        }
        b = b.TrimEnd();
        if (b.IsEmpty || b[^1] is ',' or ';' or ':' or '"' or '“' or '—' or '–' or '(') { opens = true; return items; }
        var s = b.Length;
        while (s > 0 && char.IsLetter(b[s - 1])) s--;
        opens = serialListOpeners.Contains(b[s..]);
        return items;
    }

    private static int SkipBackSpace(ReadOnlySpan<char> s, int at)
    {
        while (at > 0 && char.IsWhiteSpace(s[at - 1])) at--;
        return at;
    }

    private static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> b) =>
        b.EndsWith(" the", StringComparison.Ordinal) || b.EndsWith(" The", StringComparison.Ordinal) ? b[..^4]
        : b is "the" or "The" ? ReadOnlySpan<char>.Empty : b;

    private static bool StartsWithWord(ReadOnlySpan<char> s, string word) =>
        s.StartsWith(word, StringComparison.Ordinal) && (s.Length == word.Length || !char.IsLetterOrDigit(s[word.Length]));
}
