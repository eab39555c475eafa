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
    // So does one that names it after "according to" ("…, according to the statement.", "According to the report, …").
    private List<SourceRef>? ReleaseAgain(Sentence sentence)
    {
        var text = document.Text;
        var opening = ReleaseOpening(text, sentence) ?? ReleaseClosing(text, sentence);
        var noun = opening ?? ReleaseAccordingTo(text, sentence);
        if (noun is null) return null;
        // Unnamed estimates ("had been estimated at 600") are no release's voice.
        for (var k = sentence.Index - 1; k >= 0 && k >= sentence.Index - 3; k--)
            if (chains[k].Count > 0 && chains[k] is not [{ Name: DocumentFinder.UnnamedEstimates }]
                && Words(document.Sentences[k].Text).Exists(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase)))
                return chains[k];
        // "The SANDF said on Wednesday that … . The task force now holds the dam, according to the statement": what the sentence
        // right before said, in its paragraph, is the statement.
        return opening is null && sentence.Index > 0 && document.Sentences[sentence.Index - 1].Paragraph == sentence.Paragraph
            && chains[sentence.Index - 1].Count > 0 ? chains[sentence.Index - 1] : null;
    }

    // The release noun of "The statement (further) claimed …" opening the sentence, or null.
    private string? ReleaseOpening(string text, Sentence sentence)
    {
        var words = Words(text[sentence.Start..Math.Min(sentence.End, sentence.Start + 60)]);
        if (words.Count < 3 || !closing.AnaphoricArticles.Contains(words[0]) || !closing.ReleaseNouns.Contains(words[1])) return null;
        var v = 2;
        while (v < words.Count && closing.ReleaseAdverbs.Contains(words[v])) v++;
        return v < words.Count && closing.Verbs.Contains(words[v]) ? words[1] : null;
    }

    // The release noun of a clause that closes the sentence with the release named again as its voice, after a comma or a
    // quotation's closing mark: "…, the report said.", "“…,” the statement also said.", "…, said the communique." (the article,
    // the noun, adverbs or auxiliaries, the verb; or the verb first), or null.
    private string? ReleaseClosing(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim().TrimEnd(".\"”'’");
        var comma = line.LastIndexOf(',');
        if (comma < 0) return null;
        var words = Words(line[(comma + 1)..].ToString().TrimStart(" \"”'’".ToCharArray()));
        if (words.Count < 3 || words.Count > 5) return null;
        // "said the statement": the verb, the article, the noun.
        if (words.Count == 3 && closing.Verbs.Contains(words[0]) && closing.AnaphoricArticles.Contains(words[1]) && closing.ReleaseNouns.Contains(words[2]))
            return words[2];
        if (!closing.AnaphoricArticles.Contains(words[0]) || !closing.ReleaseNouns.Contains(words[1]) || !closing.Verbs.Contains(words[^1])) return null;
        for (var v = 2; v < words.Count - 1; v++)
            if (!closing.ReleaseAdverbs.Contains(words[v]) && !closing.Auxiliaries.Contains(words[v])) return null;
        return words[1];
    }

    // The release noun of "according to the statement" that opens the sentence (before a comma) or closes it, or null.
    private string? ReleaseAccordingTo(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim().TrimEnd(".\"”'");
        var closingClause = line.LastIndexOf(", according to ", StringComparison.OrdinalIgnoreCase);
        foreach (var (at, end) in (ReadOnlySpan<(int, int)>)[(0, line.IndexOf(',')), (closingClause < 0 ? -1 : closingClause + 2, line.Length)])
        {
            if (at < 0 || end <= at) continue;
            var words = Words(line[at..end].ToString());
            if (words.Count == 4 && words[0].Equals("according", StringComparison.OrdinalIgnoreCase) && words[1] == "to"
                && closing.AnaphoricArticles.Contains(words[2]) && closing.ReleaseNouns.Contains(words[3]))
                return words[3];
        }
        return null;
    }
}
