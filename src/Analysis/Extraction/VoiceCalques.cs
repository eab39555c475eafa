namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The English noun a calque of translated copy names its voices by (voice_noun_calques: "functionaries" → "officials"), one
/// table for its two readers: the unnamed voices (UnnamedSpeakers) and a country's groups (GroupFinder), which must name a
/// calque alike.
/// </summary>
internal sealed class VoiceCalques
{
    private readonly Dictionary<string, string> nouns = new(StringComparer.Ordinal);

    public VoiceCalques(Lexicon lexicon)
    {
        foreach (var (calque, noun) in lexicon.Pairs("voice_noun_calques", '=')) nouns[calque] = noun;
    }

    /// <summary>The English noun for a calque, else the word itself.</summary>
    public string English(string word) => nouns.GetValueOrDefault(word, word);
}
