namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "About 300 advisers were sent in 2019, and that number has since grown to 900", "The ministry put the dead at 40 in May. It
/// now puts the figure at 90", "A force of 1,500 was promised, and pledges now top that number": a clause that points back
/// to the count just before it ("that number", "the figure": revised_count_pointers) and says it has changed since ("now", or a
/// word of a later time, a verb of revision and the new level: revision_later_words, later_revision_verbs) makes that count the
/// one the passage supersedes (earlier, the header's "up from" and "previous estimate"). A change still to come ("and that
/// number will fall to 1,500") or denied ("that number has not changed") leaves it current; so does an increment ("another 500
/// arrived; the number now stands at 3,000" adds to it).
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly PhraseMatcher revisedCountPointers = PhraseMatcher.Of(lexicon, ["revised_count_pointers"]);
    private readonly PhraseMatcher revisedCountNow = PhraseMatcher.Of(lexicon, ["revised_count_now"]);
    private readonly PhraseMatcher revisedCountLater = PhraseMatcher.Of(lexicon, ["revision_later_words"]);
    private readonly PhraseMatcher revisedCountVerbs = PhraseMatcher.Of(lexicon, ["later_revision_verbs"]);
    private readonly PhraseMatcher revisedCountStops = PhraseMatcher.Of(lexicon, ["revised_count_negations", "future_markers"]);
    private readonly PhraseMatcher revisedCountAdditions = PhraseMatcher.Of(lexicon, ["first_then_additions"]);

    // How far past the pointer its clause's cue may stand ("that number has since grown": the verb after it).
    private const int PointedCueReach = 40;

    // How far before a figure a word of addition may stand ("another 500", "an additional 1,500 troops").
    private const int AdditionReach = 15;

    private const string ClauseMarks = ",;:—–";

    private void PointedRevisions(Document document, List<TroopCount> counts, List<bool> increments)
    {
        if (counts.Count == 0) return;
        var text = document.Text;
        var sentences = document.Sentences;
        var first = counts[0].Provenance.Sentence;
        var last = Math.Min(sentences.Count - 1, counts[^1].Provenance.Sentence + 1);
        for (var s = first; s <= last; s++)
        {
            var sentence = sentences[s];
            foreach (var pointer in revisedCountPointers.Find(text, sentence.Start, sentence.End))
            {
                // ("the number of wounded": a count of something else, not a pointer back)
                var after = PhraseLiteral.SkipWhiteSpace(text, pointer.Span.End, sentence.End);
                if (after + 2 < sentence.End && text.AsSpan(after, 2).Equals("of", StringComparison.OrdinalIgnoreCase)
                    && !char.IsLetter(text[after + 2])) continue;
                // The count pointed at: the last before the pointer, in its sentence or the one before.
                var pointed = -1;
                for (var i = counts.Count - 1; i >= 0; i--)
                {
                    var p = counts[i].Provenance;
                    if (p.Sentence > s || (p.Sentence == s && p.Span.End > pointer.Span.Start)) continue;
                    if (p.Sentence >= s - 1) pointed = i;
                    break;
                }
                if (pointed < 0) continue;
                var count = counts[pointed];
                if (count.Status != EstimateStatus.Current || count.Kind == TroopKind.Subset || increments[pointed] || Addition(document, count)) continue;
                // The pointer's clause: from the last comma, semicolon, colon or dash after the count (in its sentence) or the
                // sentence's start, to the next such mark past the pointer, at most PointedCueReach characters on ("1,500 were
                // promised, expected by June, and pledges now top that number": the plan's "expected" is not the pointer's).
                var from = count.Provenance.Sentence == s ? count.Provenance.Span.End : sentence.Start;
                var mark = text.AsSpan(from, pointer.Span.Start - from).LastIndexOfAny(ClauseMarks);
                if (mark >= 0) from += mark + 1;
                var to = TroopCountFinder.ClauseEndAfter(text, pointer.Span.End, sentence.End, PointedCueReach, ClauseMarks);
                // "now", or a word of a later time with a verb of revision and the new value, as LaterRevised asks ("and that number
                // has since grown to 900", "grew to 235 later"; "but the number was later cut" tells no level that replaces it);
                // a change told with its own date alone ("by the end of the month the number had risen to
                // 10,000") is a level of that date beside one of an earlier date, each current at its time.
                var changed = revisedCountNow.Any(text, from, to)
                    || (revisedCountLater.Any(text, from, to) && revisedCountVerbs.Any(text, from, to) && NewValueAfter(text, pointer.Span.End, to));
                if (!changed || revisedCountStops.Any(text, from, to)) continue;
                counts[pointed] = count with { Status = EstimateStatus.Earlier };
            }
        }
    }

    // "Another 500 arrived", "an additional 1,500 troops", "1,500 more soldiers": a word of addition (first_then_additions) just
    // before the figure or in its mention adds to the level a pointer after it names, and is not replaced by it.
    private bool Addition(Document document, TroopCount count)
    {
        var span = count.Provenance.Span;
        var from = Math.Max(document.Sentences[count.Provenance.Sentence].Start, span.Start - AdditionReach);
        return revisedCountAdditions.Any(document.Text, from, span.End);
    }

    // A digit in text[from..to): the clause names the level the count changed to.
    private static bool NewValueAfter(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAnyInRange('0', '9') >= 0;
}
