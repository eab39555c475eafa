namespace Analysis.Extraction;

using Analysis.Corpus;

// "The ministry has confirmed that the brigades reached the front, where they may total 9,000, according to Polish estimates":
// what an "according to" names that only reads numbers out (closing_estimate_nouns: estimates, assessments, reports) relays no
// one's words. The figure it closes, with no other voice between them, is its own, not the speaker's of the sentence; another
// figure of the sentence keeps its own voice, and the estimates are no link of that voice's chain.
internal sealed partial class Attribution
{
    // The figure's chain once the closing estimates are weighed, or null where the chain names none after the figure.
    private List<SourceRef>? ClosingEstimates(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        var first = chain.FindIndex(r => r.Span.Start >= figure.End && r.Span.End <= sentence.End && IsEstimates(r)
            && OriginCueBefore(text, sentence.Start, r.Span.Start));
        if (first < 0) return null;
        var cue = chain[first];
        // "according to Polish and Lithuanian estimates": the estimates named with it, inside its words or joined right after.
        var estimates = chain.FindAll(r => r == cue || (IsEstimates(r) && r.Span.Start >= cue.Span.Start && r.Span.Start <= cue.Span.End + 1));
        if (estimates.Count == chain.Count) return null;
        var between = refs[sentence.Index].Exists(r => !estimates.Contains(r) && r.Span.Start >= figure.End && r.Span.End <= cue.Span.Start);
        if (!between) return estimates;
        // Another voice stands between the figure and the estimates: the figure is that voice's, passed on by no estimate.
        return chain[0] == cue ? null : chain.FindAll(r => !estimates.Contains(r));
    }

    // Whether a source's own words end in a noun of numbers read out ("Ukrainian estimates", "Latvian reports").
    private bool IsEstimates(SourceRef r)
    {
        var words = Words(document.Quote(r.Span));
        return words.Count > 1 && closing.ClosingEstimateNouns.Contains(words[^1]);
    }
}
