namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A gapped clause that names its contributor and keeps its own troop noun: "Chad has promised 2,000 soldiers and Togo a total
/// of 540 men". The verb left out is the one before, so the figure shares that clause's time (a pledge stays a plan). A
/// coordinator right after the figure before, one to three capitalized words, perhaps a filler (gap_fillers, object_fillers),
/// then the number; no verb of its own after it ("and Togo 540 men have arrived" has one).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private bool GappedContributor(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        if (coordinators.EndOfPhraseAt(text, segmentStart, q.Span.Start) is not (var joined and > 0)) return false;
        var (at, names) = (PhraseLiteral.SkipWhiteSpace(text, joined, q.Span.Start), 0);
        while (at < q.Span.Start && char.IsUpper(text[at]))
        {
            var end = at;
            while (end < q.Span.Start && (CueIndex.IsWordCharacter(text[end]) || text[end] == '-')) end++;
            if (++names > 3) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, end, q.Span.Start);
        }
        if (names == 0) return false;
        if (at < q.Span.Start && (gapFillers.EndOfPhraseAt(text, at, q.Span.Start) is var filler and > 0
                || objectFillers.EndOfPhraseAt(text, at, q.Span.Start) is var objectFiller and > 0 && (filler = objectFiller) > 0))
            at = PhraseLiteral.SkipWhiteSpace(text, filler, q.Span.Start);
        return at == q.Span.Start && !(Spaced(text, span.End) && clauseVerbs.EndOfPhraseAt(text, span.End, segmentEnd) > 0)
            && !AuxiliaryAfter(text, span.End, segmentEnd);
    }
}
