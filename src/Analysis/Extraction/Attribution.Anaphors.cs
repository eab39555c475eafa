namespace Analysis.Extraction;

using Analysis.Corpus;

// An unnamed voice named again by its noun: "The Lebanese army expanded its deployment, a military source said. The army has moved
// about 6,000 soldiers, the source told Xinhua." The kit finds no voice in "the source", only the outlet it told; that voice is
// the one named before by the same noun, which speaks through the outlet (DevSet header, Audience).
internal sealed partial class Attribution
{
    // The nearest voice of an earlier sentence whose name ends in the noun that the clause before the outlet names after an
    // article ("the source told", "the official also told"), or null: the words from the last comma (or the sentence's start)
    // to the outlet are the article, the noun, then auxiliaries and a closing verb only.
    private SourceRef? NamedAgain(Sentence sentence, TextSpan outlet)
    {
        var text = document.Text;
        if (outlet.Start < sentence.Start || outlet.End > sentence.End) return null;
        var comma = outlet.Start > sentence.Start ? text.LastIndexOf(',', outlet.Start - 1, outlet.Start - sentence.Start) : -1;
        var words = Words(text[(comma < 0 ? sentence.Start : comma + 1)..outlet.Start]);
        if (words.Count < 3 || !closing.AnaphoricArticles.Contains(words[0]) || !closing.AnaphoricNouns.Contains(words[1])
            || !closing.Verbs.Contains(words[^1]) || !words.Skip(2).SkipLast(1).All(closing.Auxiliaries.Contains)) return null;
        var noun = words[1];
        for (var k = sentence.Index - 1; k >= 0; k--)
            for (var i = refs[k].Count - 1; i >= 0; i--)
            {
                var r = refs[k][i];
                if (r is not { IsCited: true, IsPronoun: false } || r.Role == CitationRole.Audience || IsMedia(r)) continue;
                var quoted = Words(document.Quote(r.Span));
                if (quoted.Count > 0 && (quoted[^1].Equals(noun, StringComparison.OrdinalIgnoreCase) || quoted[^1].Equals(noun + "s", StringComparison.OrdinalIgnoreCase))) return r;
            }
        return null;
    }

    // "A statement by Ukraine's Defense Intelligence claimed that at least 30 … . The statement further claimed that at least three
    // …": a sentence that opens with its release named again by the article and its noun, then adverbs and a verb of speech,
    // speaks with the chain of the nearest earlier sentence (three at most) that names that noun and cites someone; else null.
    private List<SourceRef>? ReleaseAgain(Sentence sentence)
    {
        var text = document.Text;
        var words = Words(text[sentence.Start..Math.Min(sentence.End, sentence.Start + 60)]);
        if (words.Count < 3 || !closing.AnaphoricArticles.Contains(words[0]) || !closing.ReleaseNouns.Contains(words[1])) return null;
        var v = 2;
        while (v < words.Count && closing.ReleaseAdverbs.Contains(words[v])) v++;
        if (v >= words.Count || !closing.Verbs.Contains(words[v])) return null;
        var noun = words[1];
        for (var k = sentence.Index - 1; k >= 0 && k >= sentence.Index - 3; k--)
            if (chains[k].Count > 0 && Words(document.Sentences[k].Text).Exists(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase)))
                return chains[k];
        return null;
    }
}
