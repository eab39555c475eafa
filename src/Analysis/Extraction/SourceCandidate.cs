namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A reading of a span of a sentence, before <see cref="SourceFinder"/> lets spans be claimed: the lower its priority,
/// the more specific (0 titled people, 1 gazetteer names and what holds them, 2 groups and ministries, 3 countries,
/// 4 unknown names and unnamed voices, 5 pronouns).
/// </summary>
internal struct SourceCandidate(int priority, SourceRef reference)
{
    public readonly int Priority = priority;
    public readonly SourceRef Ref = reference;
    // A source only where the text cites it; only where it speaks (a statement is never told anything).
    public bool CitedOnly, SpeakerOnly;
    // The span is the act of saying itself, with no verb after it to find ("is estimated to keep", DocumentFinder): it speaks.
    public bool Speaks;
    // "U.S. and South Korean officials": the second group, cited as the first is.
    public SourceRef? Partner;
    // "British, French and German officials": the groups between the first and the last, cited as the first is.
    public SourceRef[]? MorePartners;
    // "Rwanda's government spokesperson, Yolande Makolo, said": a person whose span holds their title as well is cited by
    // the words around the whole ("according to …") or around the name alone (", said").
    public TextSpan? NameSpan;
}
