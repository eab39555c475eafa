namespace Analysis.Extraction;

using Analysis.Corpus;

// A clause that opens the sentence with a conjunction of contrast and has a voice of its own: "Whereas Kyiv says about 7,500 Russian
// soldiers have been killed, NATO estimates the toll at 4,000". Two voices, two figures: each clause's figure is its own voice's.
internal sealed partial class Attribution
{
    // The chain of the voices that speak inside the opening clause (contrast_clause_openers at the sentence's start, up to its first
    // comma: OpeningClause), before the figure, where the figure stands in that clause and the main clause after the comma has a
    // voice of its own; else null. Without a voice of its own the clause is read as before (Attribution.ConcessiveClauses: the writer's).
    private List<SourceRef>? OpeningClauseChain(Sentence sentence, TextSpan figure)
    {
        if (OpeningClause(sentence, closing.ContrastOpeners, figure) is not (var start, var opener, var comma)
            || document.Text.AsSpan(start, comma - start).IndexOfAny("\"“”") >= 0) return null;
        var all = refs[sentence.Index];
        if (!all.Exists(r => r.Role == CitationRole.Speaker && r.Span.Start >= opener && r.Span.End <= figure.Start)) return null;
        if (!all.Exists(r => r.Role != CitationRole.Mentioned && r.Span.Start > comma && r.Span.End <= sentence.End)) return null;
        var own = all.FindAll(r => r.Role != CitationRole.Mentioned && r.Span.Start >= opener && r.Span.End <= comma);
        return Chain(own, sentence);
    }
}
