namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The English noun a calque of translated copy names its voices by (voice_noun_calques: "functionaries" → "officials"), one
/// table for its two readers: the unnamed voices (UnnamedSpeakers) and a country's groups (GroupFinder), which must name a
/// calque alike.
/// </summary>
internal sealed class VoiceCalques
{
    // Either case: a group's head reaches here lower-cased ("mp" of "a Dutch MP").
    private readonly Dictionary<string, string> nouns = new(StringComparer.OrdinalIgnoreCase);

    public VoiceCalques(Lexicon lexicon)
    {
        foreach (var (calque, noun) in lexicon.Pairs("voice_noun_calques", '=')) nouns[calque] = noun;
        foreach (var (head, tail) in lexicon.Pairs("voice_head_tails", '=')) tails.Add((head, tail));
    }

    // "official" + "source": a noun after a voice head that the voice takes in (voice_head_tails).
    private readonly List<(string Head, string Tail)> tails = [];

    /// <summary>Where the voice whose head is s[headStart..headEnd] ends: past a tail noun it takes in ("an official source"), else headEnd.</summary>
    public int EndPastTail(string s, int headStart, int headEnd)
    {
        var next = SourceText.SkipWhiteSpace(s, headEnd);
        if (next == headEnd) return headEnd;
        var end = SourceText.WordEnd(s, next);
        foreach (var (head, tail) in tails)
            if (s.AsSpan(headStart, headEnd - headStart).Equals(head, StringComparison.OrdinalIgnoreCase) && s.AsSpan(next, end - next).SequenceEqual(tail)) return end;
        return headEnd;
    }

    /// <summary>The English noun for a calque, else the word itself.</summary>
    public string English(string word) => nouns.GetValueOrDefault(word, word);
}
