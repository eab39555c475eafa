namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A part of a move told after the one before it ("About 8,000 Marines will go first, followed by a brigade of 4,000"): the
/// later part is of the same time as the earlier one, so it takes its status. The words are the lexicon's (figures.json:
/// sequence_links).
/// </summary>
internal sealed partial class TroopCountFinder
{
    // A link of sequence_links in the figure's segment, at most SequenceReach characters before the number, with no clause
    // break between the link and the number (only a unit's words: "followed by a brigade of 4,000").
    private bool SequencedAfter(string text, int segmentStart, int at)
    {
        var from = Math.Max(segmentStart, at - SequenceReach);
        TextSpan? nearest = null;
        foreach (var link in kindWords.SequenceLinks.Find(text, from, at)) nearest = link.Span;
        return nearest is { } l && text.AsSpan(l.End, at - l.End).IndexOfAny(",;:.()") < 0;
    }

    // How far before the number the link may stand: "followed by the rest of the brigade's".
    private const int SequenceReach = 45;
}
