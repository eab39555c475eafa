namespace Analysis.Extraction;

using Analysis.Corpus;

// A figure in a concessive clause that opens the sentence, before the voice of its main clause.
internal sealed partial class Attribution
{
    // "Although Freedonia had pledged 120 soldiers, Prime Minister X said that a full deployment was not feasible", "Though 1,000
    // officers were promised, the minister said only 400 would leave": a clause that opens the sentence with a concessive
    // conjunction (concessive_clause_openers) and runs to its first comma grants a fact the main clause's voice then sets against;
    // that voice, which stands after the comma, says the main clause, and the figure of the conceded clause is the writer's. Not
    // where a voice of the chain stands inside the clause ("Although the NIS put the toll at 100, …"), nor inside a quotation.
    private bool InConcessiveOpening(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        if (OpeningClause(sentence, closing.ConcessiveOpeners, figure) is not (var start, _, var comma)) return false;
        var text = document.Text;
        var open = false;
        for (var k = start; k < comma; k++) open = SourceText.QuoteState(text[k], open);
        if (open || text.AsSpan(start, comma - start).IndexOfAny("\"“”") >= 0) return false;
        var after = false;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.Start < comma) return false;
            after = true;
        }
        return after;
    }

    // The clause that opens the sentence with one of `openers` (followed by a space) and runs to its first comma, where `figure`
    // stands inside it: where the sentence's text starts, where the opener ends and the clause's comma; null otherwise. Shared
    // by the concessive and the contrast clauses (Attribution.ContrastOpenings).
    private (int Start, int Opener, int Comma)? OpeningClause(Sentence sentence, IReadOnlyList<string> openers, TextSpan figure)
    {
        var text = document.Text;
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        var opening = text.AsSpan(start, sentence.End - start);
        var opener = -1;
        foreach (var word in openers)
            if (opening.Length > word.Length && opening.StartsWith(word, StringComparison.Ordinal) && opening[word.Length] == ' ') opener = start + word.Length;
        if (opener < 0 || figure.Start < opener) return null;
        // The clause's comma, not one inside a number ("3,000"; Attribution.NumberCommas).
        var comma = ClauseMarkAfter(opener + 1, sentence.End, ",");
        return comma < 0 || figure.End > comma ? null : (start, opener, comma);
    }
}
