namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A country named in a sentence (offsets in the sentence): the span of the name, with its possessive if it has one, or
/// a group's adjective ("Western"), whose country is null.
/// </summary>
internal readonly record struct CountryName(TextSpan Span, string? Country, bool Possessive, bool IsDemonym, bool IsGroupAdjective)
{
    /// <summary>"Russia's" stands before a group or a title; "Russia'" (a bare apostrophe) does not.</summary>
    public bool IsAdjectiveOfGroup(string s) => IsDemonym || IsGroupAdjective || (Possessive && s[Span.End - 1] == 's');
}
