namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>What a named voice does in its sentence.</summary>
internal enum CitationRole
{
    /// <summary>Named, but not cited here ("safeguarding its leader, Kim Jong Un").</summary>
    Mentioned,
    /// <summary>Gave the information to the speaker: "briefed by X", "citing X".</summary>
    Informant,
    /// <summary>Says it: "X said", "according to X", "statements from X".</summary>
    Speaker,
    /// <summary>Was told it and passed it on: "told lawmakers", "revealed to Yonhap".</summary>
    Audience,
}

/// <summary>
/// A reference to a source in one sentence: a gazetteer name, a titled person ("lawmaker Lee
/// Seong-kweun"), a group ("Ukrainian officials"), or a pronoun or description ("he", "the agency")
/// that <see cref="Attribution"/> resolves to an earlier one. <see cref="RoleNoun"/> is the singular
/// noun that names what it is ("lawmaker", "official", "agency"), for resolving "the lawmakers". A credit
/// (<see cref="IsCredit"/>: the outlet of a dateline) is a source of the story but of none of its figures. A description
/// that no earlier source fits stands for its <see cref="Fallback"/>, built from its sentence's country ("the interior
/// ministry" in a sentence on Kenya: the Kenyan Interior Ministry), when there is one.
/// </summary>
internal sealed record SourceRef(
    TextSpan Span,
    string Name,
    SourceKind Kind,
    string? Country,
    CitationRole Role,
    string? RoleNoun,
    bool IsGroup = false,
    bool IsPerson = false,
    bool IsPronoun = false,
    bool AlwaysCited = false,
    bool IsCredit = false,
    SourceRef? Fallback = null)
{
    public bool IsCited => Role != CitationRole.Mentioned || AlwaysCited;
}
