namespace Analysis.Extraction;

using Analysis.Corpus;

// A clause that opens the sentence with a conjunction of contrast and has a voice of its own: "Whereas Kyiv says about 7,500 Russian
// soldiers have been killed, NATO estimates the toll at 4,000". Two voices, two figures: each clause's figure is its own voice's.
internal sealed partial class Attribution
{
    // The chain of the voices that speak inside the opening clause (contrast_clause_openers at the sentence's start, up to its first
    // comma), before the figure, where the figure stands in that clause and the main clause after the comma has a voice of its own;
    // else null. Without a voice of its own the clause is read as before (Attribution.ConcessiveClauses: the writer's).
    private List<SourceRef>? OpeningClauseChain(Sentence sentence, TextSpan figure)
    {
        var text = document.Text;
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        var opener = -1;
        foreach (var word in closing.ContrastOpeners)
            if (text.AsSpan(start, sentence.End - start).StartsWith(word + " ", StringComparison.Ordinal)) opener = start + word.Length;
        if (opener < 0 || figure.Start < opener) return null;
        // The clause's comma, not one inside a number ("3,000").
        var comma = opener;
        do comma = text.IndexOf(',', comma + 1, sentence.End - comma - 1);
        while (comma > 0 && comma + 1 < sentence.End && char.IsAsciiDigit(text[comma - 1]) && char.IsAsciiDigit(text[comma + 1]));
        if (comma < 0 || figure.End > comma || text.AsSpan(start, comma - start).IndexOfAny("\"“”") >= 0) return null;
        var all = refs[sentence.Index];
        if (!all.Exists(r => r.Role == CitationRole.Speaker && r.Span.Start >= opener && r.Span.End <= figure.Start)) return null;
        if (!all.Exists(r => r.Role != CitationRole.Mentioned && r.Span.Start > comma && r.Span.End <= sentence.End)) return null;
        var own = all.FindAll(r => r.Role != CitationRole.Mentioned && r.Span.Start >= opener && r.Span.End <= comma);
        return Chain(own, sentence);
    }
}
