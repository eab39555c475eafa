namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A whole written as a bare number that a fronted partitive opens: "Of the 11,000, some 3,000 have been killed", "Among those
/// roughly 2,000, about 500 are engineers". Wire copy repeats a figure of the passage so, with its noun left out, to break it
/// down; read as troops only where the passage before counted them (the caller asks), it is the whole that FrontedPart reads
/// the next number against.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases frontedWholeDeterminers;

    // The sentence opens (past a dateline and an opening quote) with a word of fronted_partitives and an article or demonstrative
    // (fronted_whole_determiners), then the number (its hedge inside its span), then a comma, and another number follows the
    // comma in the sentence.
    private bool FrontedBareWhole(string text, int start, int end, Quantity q, IReadOnlyList<Quantity> quantities)
    {
        var open = PhraseLiteral.SkipWhiteSpace(text, PastDateline(text, start, q.Span.Start), q.Span.Start);
        while (open < q.Span.Start && text[open] is '"' or '“' or '«' or '\'' or '‘') open++;
        if (open == q.Span.Start || frontedPartitives.EndOfPhraseAt(text, open, q.Span.Start) is not (var opener and > 0) || !Spaced(text, opener)) return false;
        if (frontedWholeDeterminers.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, opener, q.Span.Start), q.Span.Start) is not (var determiner and > 0)
            || PhraseLiteral.SkipWhiteSpace(text, determiner, q.Span.Start) != q.Span.Start) return false;
        var comma = PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end);
        if (comma >= end || text[comma] != ',') return false;
        foreach (var other in quantities)
            if (other.Span.Start > comma && !IsYear(other, false)) return true;
        return false;
    }

    // "Of the 11,000, some 3,000 have been killed", "Of the 900, some 300 will rotate home": the verb after the comma is the
    // part's, however the comma joined them; the whole is the force they came from, as the passage counted it (its time is
    // the earlier figure's, which the restated whole takes).
    private static void FrontedWholesAsForce(HashSet<Quantity> frontedWholes, List<FigureCandidate> result)
    {
        for (var i = 0; i < result.Count; i++)
            if (frontedWholes.Contains(result[i].Quantity))
                result[i] = result[i] with { Kind = result[i].Kind == TroopKind.Casualties ? TroopKind.Deployment : result[i].Kind, Status = EstimateStatus.Current };
    }
}
