namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A report told as made at a past time ("Senegal's state radio said then that ... about 200", "News reports at the time
/// said 1,200 ...", "..., the weekly reported at the time"): the figure it gives is the level of that time, which the story
/// has moved on from.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // After a verb of saying ("said then", "reported at the time") and before one ("at the time said"; not "then", which
    // before a verb tells the next step: "he then said").
    private readonly PhraseMatcher reportThenTimes, ownForceStays;
    private readonly AdjacentPhrases reportThenLeads, reportThenProgressives, reportThenMoves;

    // Whether the sentence tells the figure at q (span) as a report of a past time: a time of report_then_times right after a
    // verb of saying (speaker_verbs), or one of report_then_leads right before one, either before the figure (at most
    // ReportThenReach characters, no ';' or ':' between) or closing the sentence after it, past a comma ("..., the weekly
    // reported at the time."). Not "at the time of writing", the writer's own time.
    private bool ReportedThen(string text, Sentence sentence, Quantity q, TextSpan span)
    {
        foreach (var time in reportThenTimes.Find(text, sentence.Start, sentence.End))
        {
            var (start, end) = (time.Span.Start, time.Span.End);
            var next = PhraseLiteral.SkipWhiteSpace(text, end, sentence.End);
            if (next + 2 <= sentence.End && text.AsSpan(next, 2).Equals("of", StringComparison.OrdinalIgnoreCase)
                && (next + 2 == sentence.End || !CueIndex.IsWordCharacter(text[next + 2])))
                continue;
            var spoken = speakerVerbs.StartOfPhraseBefore(text, sentence.Start, start) >= 0;
            if (!spoken && reportThenLeads.EndOfPhraseAt(text, start, end) == end && speakerVerbs.EndOfPhraseAt(text, next, sentence.End) is var verb and > 0)
                (spoken, end) = (true, verb);
            if (!spoken) continue;
            if (end <= q.Span.Start)
            {
                if (MoveUnderWay(text, span.End, sentence.End)) return false;
                if (q.Span.Start - end <= ReportThenReach && text.AsSpan(end, q.Span.Start - end).IndexOfAny(";:") < 0) return true;
            }
            else if (start >= span.End && text.AsSpan(span.End, start - span.End).IndexOf(',') >= 0
                && text.AsSpan(end, sentence.End - end).Trim().TrimEnd(".\"”'’)").IsEmpty)
                return true;
        }
        return false;
    }

    // "had reported at the time that 500 troops were pulling out": a move under way then (a past progressive, lists
    // report_then_progressives and report_then_moves, its auxiliary at most 25 characters after the figure, no ',' or ';'
    // between) is the size of the move told, not a level the story has moved on from ("were guarding the airport" is one).
    private bool MoveUnderWay(string text, int from, int sentenceEnd)
    {
        var end = Math.Min(sentenceEnd, from + 25);
        for (var i = from; i < end; i++)
        {
            if (text[i] is ',' or ';') return false;
            if (i > from && char.IsWhiteSpace(text[i - 1]) && CueIndex.IsWordCharacter(text[i]) && reportThenProgressives.EndOfPhraseAt(text, i, sentenceEnd) is var aux and > 0)
                return reportThenMoves.EndOfPhraseAt(text, aux, sentenceEnd) > 0;
        }
        return false;
    }

    // "Senegal says its 2,300 troops will stay as ECOMOG vanguard": the whole force a country pronoun names (OwnForce), told as
    // staying (own_force_stays, at most 30 characters after the figure, no ',' or ';' between), is there now; "only 300 will
    // stay" with no pronoun is the level after a cut, a plan.
    private bool OwnForceStays(string text, int segmentStart, int at, int figureEnd, int sentenceEnd)
    {
        if (!OwnForce(text, segmentStart, at)) return false;
        var end = Math.Min(sentenceEnd, figureEnd + 30);
        var stop = text.AsSpan(figureEnd, end - figureEnd).IndexOfAny(",;");
        return ownForceStays.Any(text, figureEnd, stop < 0 ? end : figureEnd + stop);
    }

    // How far before the figure a report's time may end: "said then that the first units to leave included about 200".
    private const int ReportThenReach = 90;
}
