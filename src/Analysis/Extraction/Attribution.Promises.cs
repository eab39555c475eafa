namespace Analysis.Extraction;

using Analysis.Corpus;

// "Hipolito Mejia pledged at the weekend to keep his country's 302 troops in Iraq", "The President had promised to reduce that
// troop count to 5500": a count of the maker's own troops in a promise to keep, withdraw or cut them is the maker's, as the
// DevSet header has it; a promise to send more ("promised to send 7,000 more troops") or to find troops gives no one's count.
internal sealed partial class Attribution
{
    // The longest run of words between the maker and the promise verb ("had previously", "at the weekend") and between the verb
    // and its "to".
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
            var words = Words(between.ToString());
            var verb = words.FindIndex(w => closing.PromiseVerbs.Contains(w));
            if (verb < 0 || verb > PromiseLeadWords) continue;
            var to = words.FindIndex(verb + 1, w => w == "to");
            if (to < 0 || to - verb > PromiseLeadWords || to + 1 >= words.Count || !closing.PromisedActs.Contains(words[to + 1])) continue;
            var fillers = words.Skip(to + 2).ToList();
            if (fillers.Count > PromiseFillerWords || !fillers.TrueForAll(w => closing.PromisedCountFillers.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal)
                || w.EndsWith("’s", StringComparison.Ordinal))) continue;
            return r with { Role = CitationRole.Speaker };
        }
        return null;
    }
}
