namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A country named in a sentence (offsets in the sentence): the span of the name, with its possessive if it has one, or
/// a group's adjective ("Western"), whose country is null.
/// </summary>
internal readonly record struct CountryName(TextSpan Span, string? Country, bool Possessive, bool IsDemonym, bool IsGroupAdjective)
{
    /// <summary>"Russia's" stands before a group or a title, and so does a name ending in s with a bare apostrophe ("Belarus'
    /// defence ministry", "the Philippines' military"); "Russia'" (a bare apostrophe after another letter) does not.</summary>
    public bool IsAdjectiveOfGroup(string s) => IsDemonym || IsGroupAdjective || (Possessive && IsPossessiveEnd(s, Span.End));

    /// <summary>Whether s[..end] ends in a possessive: "'s", or a bare apostrophe after an s ("Belarus'").</summary>
    public static bool IsPossessiveEnd(ReadOnlySpan<char> s, int end) =>
        end >= 2 && (s[end - 1] == 's' && s[end - 2] is '\'' or '’' || s[end - 1] is '\'' or '’' && s[end - 2] is 's' or 'S');
}
