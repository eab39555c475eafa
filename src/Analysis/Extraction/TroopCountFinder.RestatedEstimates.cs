namespace Analysis.Extraction;

using System.Text.RegularExpressions;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A counter-estimate of the count just given, with the troop noun left out: "Zelensky said as many as 4,000 had been killed or
/// wounded. The spy agency put the figure at 3,000", "Seoul's estimate is lower, at about 3,000". The bare number counts what the
/// count before it counted (casualties), not troops somewhere. The frame is the lexicon's (figures.json: restated_estimate_before).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly Regex restatedEstimateBefore;

    // Where the counter-estimate's frame starts, right before the bare number q of the sentence from `start`; -1 when none does.
    private int RestatedEstimateAt(string text, int start, Quantity q)
    {
        var match = restatedEstimateBefore.Match(text, start, q.Span.Start - start);
        return match.Success ? match.Index : -1;
    }

    // A bare figure (its mention is its number: span) that opens its sentence's figures, in a counter-estimate's frame, with no
    // cue of kind from the frame on (the speaker before it, "The army puts ...", says who estimates, not what), after a casualty
    // count: casualties too. Not "put the number of troops in Kursk at 11,000" (the frame wants the noun alone), nor after a
    // deployment ("Kyiv puts the figure at 12,000" after "11,000 were sent"), nor when an earlier clause of its own sentence
    // names what "the number" is ("declined to say how many troops are there; Washington has put the number at 115,000").
    // The cues are read to the figure's clause's end: a clause joined after a comma tells what came next ("the count stood at
    // 1,119, and it rose as the fighting grew"), not what the count counts.
    private bool RestatesCasualties(string text, int start, int segmentEnd, Quantity q, TextSpan span, List<PhraseMatch> sentenceCues,
        Func<TroopKind?>? kindBefore)
    {
        if (span != q.Span || RestatedEstimateAt(text, start, q) is not (var frame and >= 0)
            || Kind(sentenceCues, frame, ClauseEndAfter(text, span.End, segmentEnd, segmentEnd - span.End, ",;:"), span) is not null)
            return false;
        var clause = text.LastIndexOfAny([',', ';', ':'], Math.Max(frame - 1, start), Math.Max(frame - start, 0)) is var brk and >= 0 ? brk : start;
        return (clause == start || (!troopWords.Any(text, start, clause) && Kind(sentenceCues, start, clause, span) is null))
            && kindBefore?.Invoke() == TroopKind.Casualties;
    }
}
