namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A country named in a sentence: by its name ("Russia"), a demonym ("North Korean"), a capital or another alias
/// ("Pyongyang", "DPRK", "North Koreans"). <see cref="Name"/> is the words as matched; <see cref="Span"/> adds a
/// possessive written onto them ("Russia's", "Koreans'"). Spans are offsets in the document's text.
/// </summary>
public sealed record CountryMention(TextSpan Name, TextSpan Span, CountryEntry Country, bool IsDemonym)
{
    /// <summary>"Russia's", "Seoul'": the name carries a possessive (<see cref="Span"/> ends after it).</summary>
    public bool Possessive => Span.End > Name.End;

    /// <summary>"North Korean troops": a demonym standing as an adjective, with no possessive.</summary>
    public bool IsAdjective => IsDemonym && !Possessive;
}
