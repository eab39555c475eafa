namespace Analysis.Extraction;

using Analysis.Corpus;

// "Hipolito Mejia pledged at the weekend to keep his country's 302 troops in Iraq", "The President had promised to reduce that
// troop count to 5500": a count of the maker's own troops in a promise to keep, withdraw or cut them is the maker's, as the
// DevSet header has it; a promise to send more ("promised to send 7,000 more troops") or to find troops gives no one's count.
internal sealed partial class Attribution
{
    // The longest run of words between the maker and the promise verb ("had previously", "at the weekend"); between the verb and
    // its "to", PromisedActs.
    private const int PromiseLeadWords = 4;

    // The most words of promised_count_fillers between the promised act and the figure ("that troop count to").
    private const int PromiseFillerWords = 5;

    // The voice that promises the act whose figure this is, read as a speaker; null where no voice of the sentence does.
    private SourceRef? PromiseMaker(Sentence sentence, TextSpan figure)
    {
        var text = document.Text;
        foreach (var r in refs[sentence.Index])
        {
            if (r.Span.Start < sentence.Start || r.Span.End > figure.Start) continue;
            var between = text.AsSpan(r.Span.End, figure.Start - r.Span.End);
            if (between.IndexOfAny(",;:()\"“”") >= 0 || between.IndexOfAnyInRange('0', '9') >= 0) continue;
            // The verb: the first of promise_verbs, at most four words after the maker ("had previously", "at the weekend"); any words
            // may stand there, as the voice is one the sentence already cites and the figure after the act anchors the promise (the
            // sources' reading, with no figure, allows an acting verb's fillers only).
            var (verbs, acts) = (closing.PromiseVerbs.GetAlternateLookup<ReadOnlySpan<char>>(), closing.PromisedActs.GetAlternateLookup<ReadOnlySpan<char>>());
            var (verb, verbEnd) = (-1, 0);
            for (var (i, k) = (0, 0); i < between.Length; k++)
            {
                while (i < between.Length && !IsWordLetter(between[i])) i++;
                var start = i;
                while (i < between.Length && IsWordLetter(between[i])) i++;
                if (i == start) break;
                if (verbs.Contains(between[start..i])) { (verb, verbEnd) = (k, i); break; }
            }
            if (verb < 0 || verb > PromiseLeadWords) continue;
            var actEnd = PromisedActs.ActEnd(between[verbEnd..], acts);
            if (actEnd < 0) continue;
            var fillers = Words(between[(verbEnd + actEnd)..].ToString());
            if (fillers.Count > PromiseFillerWords || !fillers.TrueForAll(w => closing.PromisedCountFillers.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal)
                || w.EndsWith("’s", StringComparison.Ordinal))) continue;
            return r with { Role = CitationRole.Speaker };
        }
        return null;
    }

    // A letter of a word as Words reads one: letters and the apostrophes of "country's".
    private static bool IsWordLetter(char c) => char.IsLetter(c) || c is '\'' or '’';
}
