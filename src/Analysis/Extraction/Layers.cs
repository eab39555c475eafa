namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// The layers the extraction components write. Layers by sentence hold one entry per sentence, in sentence order.
/// The timeline's layers are in Analysis.Timeline (<c>TimelineLayers</c>).
/// </summary>
public static class Layers
{
    /// <summary>The clauses of each sentence, by sentence: what a date in the sentence dates.</summary>
    public static readonly Layer<IReadOnlyList<Clause>> Clauses = new("clauses");

    /// <summary>
    /// The countries each sentence names, by sentence, in order: each name, demonym, capital or alias of the lexicon's
    /// countries with its <see cref="Vocabulary.CountryEntry"/>, its span and its possessive ("Russia's").
    /// </summary>
    public static readonly Layer<IReadOnlyList<CountryMention>> Countries = new("countries");

    /// <summary>The numbers of each sentence with their hedges ("about 10,000", "between 3,000 and 5,000"), by sentence.</summary>
    internal static readonly Layer<IReadOnlyList<Quantity>> Quantities = new("quantities");

    /// <summary>Where the source gazetteer's names are in each sentence, by sentence.</summary>
    public static readonly Layer<IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>> GazetteerMatches = new("gazetteer_matches");

    /// <summary>Who each sentence names and in what role (speaker, informant, audience, mentioned), by sentence.</summary>
    internal static readonly Layer<IReadOnlyList<SourceRef>> SourceRefs = new("source_refs");

    /// <summary>The document's attribution: references resolved across sentences and each sentence's chain (one item).</summary>
    internal static readonly Layer<Attribution> Attribution = new("attribution");

    /// <summary>Every mention of a cited source, in reading order.</summary>
    public static readonly Layer<SourceMention> SourceMentions = new("source_mentions");

    /// <summary>Every figure that counts soldiers, with hedge, kind, status, whose troops and whose words.</summary>
    public static readonly Layer<TroopCount> TroopCounts = new("troop_counts");
}
