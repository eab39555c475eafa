namespace Analysis.Extraction;

using System.Buffers;
using System.Text.RegularExpressions;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Names that give a reaction written as a noun or a passive: "the plan drew sharp criticism from Mayor X", "a rebuke by the
/// Kremlin", "NATO's objections", "the decision was welcomed by Senator Y". The giver is a cited voice of the story (the reaction
/// is words of theirs), yet the figure the reaction is about stays with whoever gave it: the giver is a source of no figure, as one
/// who "called the move an escalation" is. Words and patterns are reporting.json's (reaction_nouns, reaction_verbs,
/// reaction_before, reaction_after); "criticism of X" and "praise for X" name the target, and "support from X" or "troops from
/// X" no words at all, so neither is read.
/// </summary>
internal sealed class ReactionGivers
{
    private readonly Regex before, after;
    // The pattern's words, one of which must stand in the sentence before the name (or right after it) for a pattern to be run.
    private readonly SearchValues<string> cueWords;
    // "some", "other", "many": a word that counts an unnamed group named last in a list ("criticism from Republicans, Democrats
    // and some foreign officials"), passed over as a title's words are (generic_source_quantifiers).
    private readonly WordSet quantifiers;
    // Most words of a title or description between the reaction's link and the name ("from Defense Secretary Pete Hegseth").
    private const int TitleWordsMost = 4;

    public ReactionGivers(Lexicon lexicon)
    {
        before = lexicon.Regex("reaction_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        after = lexicon.Regex("reaction_after", RegexOptions.IgnoreCase);
        cueWords = SearchValues.Create(lexicon.Words("reaction_nouns").Concat(lexicon.Words("reaction_verbs")).ToArray(), StringComparison.OrdinalIgnoreCase);
        quantifiers = lexicon.WordLookup("generic_source_quantifiers", StringComparer.Ordinal);
    }

    /// <summary>Whether the name at `span` in the sentence text[start..end) gives a reaction (before it, or its possessive after it).</summary>
    public bool Gives(string text, int start, int end, TextSpan span)
    {
        var b = text.AsSpan(start, span.Start - start);
        var a = text.AsSpan(span.End, end - span.End);
        if (b.IndexOfAny(cueWords) < 0 && (a.Length == 0 || a[0] is not ('\'' or '’'))) return false;
        if (a.Length > 0 && a[0] is '\'' or '’' && after.IsMatch(a)) return true;
        // "criticism from Mayor X, Senator Y and NATO": a later name of a list after the link, back over the names before it.
        for (var items = 0; items < ListItemsMost; items++)
        {
            if (AfterLink(b)) return true;
            if (PreviousItem(b) is not (> 0 and var cut)) return false;
            b = b[..cut];
        }
        return false;
    }

    // Most names of a list read back over, and most capitalised words of each.
    private const int ListItemsMost = 4, ItemWordsMost = 6;

    // Whether `before` ends with the reaction's link, past a title's or a description's words before the name ("by Mayor ", "from
    // army spokesman Gen. "), never past a mark.
    private bool AfterLink(ReadOnlySpan<char> b)
    {
        for (var words = 0; words <= TitleWordsMost; words++)
        {
            if (b.Length > 0 && char.IsWhiteSpace(b[^1]) && before.IsMatch(b)) return true;
            var t = b.TrimEnd();
            var w = t.LastIndexOf(' ') + 1;
            if (w == 0 || t[w..].IndexOfAny(",;:()\"“”") >= 0) return false;
            b = t[..w];
        }
        return false;
    }

    // Where the list's name before the last one starts (white space kept before it), where `b` ends with ", ", " and " or ", and "
    // after capitalised words ("the" among them); -1 otherwise.
    private int PreviousItem(ReadOnlySpan<char> b)
    {
        var t = b.TrimEnd();
        // Back over the title of the name after the mark first ("Mayor X, Senator Y": "Senator ").
        for (var words = 0; words < TitleWordsMost && !(t.EndsWith(',') || t.EndsWith(" and", StringComparison.Ordinal)); words++)
        {
            var w = t.LastIndexOf(' ') + 1;
            if (w == 0 || !(char.IsUpper(t[w]) || quantifiers.Contains(t[w..])) || t[w..].IndexOfAny(",;:()\"“”") >= 0) return -1;
            t = t[..w].TrimEnd();
        }
        var end = t.Length;
        if (t.EndsWith(" and", StringComparison.Ordinal)) t = t[..^4].TrimEnd();
        if (t.EndsWith(',')) t = t[..^1].TrimEnd();
        else if (t.Length == end) return -1;
        var read = 0;
        for (var words = 0; words < ItemWordsMost; words++)
        {
            var w = t.LastIndexOf(' ') + 1;
            var word = t[w..];
            if (word.Length == 0 || !(char.IsUpper(word[0]) || word is "the") || word.IndexOfAny(",;:()\"“”") >= 0) break;
            read++;
            t = t[..w];
            if (w == 0) break;
        }
        return read > 0 ? t.Length : -1;
    }
}
