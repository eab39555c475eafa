namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// A statement the text says a name did not give: "There was no immediate statement from Moscow", "no official comment from the
/// ministry". "a statement from X" cites X; the same words after "no" say that X said nothing, so X is named, not cited (the
/// header: one who declines or stays silent is not cited).
/// </summary>
internal sealed partial class CitationRoles
{
    /// <summary>Whether the name at <paramref name="nameStart"/> (sentence offsets of s) follows "from" or "by" (an optional "the"
    /// between), an absent_statement_nouns word before that, up to two absent_statement_modifiers before it, and a word of
    /// absent_statement_leads ("no") before those.</summary>
    public bool AbsentStatementFrom(string s, int nameStart)
    {
        var text = s.AsSpan(0, nameStart);
        var word = WordBefore(text, nameStart, out var at);
        if (word is "the") word = WordBefore(text, at, out at);
        if (word is not ("from" or "by")) return false;
        // Words and white space only, here and between the words before: a mark ends the phrase.
        if (!Unmarked(text, at, nameStart)) return false;
        var noun = WordBefore(text, at, out var nounAt);
        if (!absentStatementNouns.Contains(noun) || !Unmarked(text, nounAt + noun.Length, at)) return false;
        at = nounAt;
        for (var modifiers = 0; modifiers <= 2; modifiers++)
        {
            var previous = WordBefore(text, at, out var previousAt);
            if (previous.IsEmpty || !Unmarked(text, previousAt + previous.Length, at)) return false;
            if (absentStatementLeads.Contains(previous)) return true;
            if (!absentStatementModifiers.Contains(previous)) return false;
            at = previousAt;
        }
        return false;
    }

    // Whether text[from..to) holds letters and white space only, no mark.
    private static bool Unmarked(ReadOnlySpan<char> text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && !char.IsLetter(text[i])) return false;
        return true;
    }
}
