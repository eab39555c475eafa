namespace Analysis.Extraction;

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
    private readonly System.Buffers.SearchValues<string> words;
    // Most words of a title or description between the reaction's link and the name ("from Defense Secretary Pete Hegseth").
    private const int TitleWordsMost = 4;

    public ReactionGivers(Lexicon lexicon)
    {
        before = lexicon.Regex("reaction_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        after = lexicon.Regex("reaction_after", RegexOptions.IgnoreCase);
        words = System.Buffers.SearchValues.Create(lexicon.Words("reaction_nouns").Concat(lexicon.Words("reaction_verbs")).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the name at `span` in the sentence text[start..end) gives a reaction (before it, or its possessive after it).</summary>
    public bool Gives(string text, int start, int end, TextSpan span)
    {
        var b = text.AsSpan(start, span.Start - start);
        var a = text.AsSpan(span.End, end - span.End);
        if (b.IndexOfAny(words) < 0 && (a.Length == 0 || a[0] is not ('\'' or '’'))) return false;
        if (a.Length > 0 && a[0] is '\'' or '’' && after.IsMatch(a)) return true;
        // Back over a title's or a description's words before the name ("by Mayor ", "from army spokesman Gen. "), never past a mark.
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
}
