namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "About 2,000 North Korean soldiers have been killed, the agency said. It had earlier, in April, reported that at least 600 had
/// died": a count a speaker had given before (the past perfect of a speech verb, a complement "that" before the figure) is the
/// count a current one of the same kind, the same troops and the same voice in the piece replaced (earlier); so is one said at a
/// past time ("As recently as last month the Pentagon said there were about 500": reported_past_times). Alone, or beside
/// another speaker's count, it stays current.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly PhraseMatcher reportedBeforeVerbs = PhraseMatcher.Of(lexicon, ["reported_before_verbs"]);
    private readonly PhraseMatcher reportedBeforeComplements = PhraseMatcher.Of(lexicon, ["reported_before_complements"]);
    private readonly PhraseMatcher pastPerfectAuxiliaries = PhraseMatcher.Of(lexicon, ["past_perfect_auxiliaries"]);
    private readonly PhraseMatcher reportedPastTimes = PhraseMatcher.Of(lexicon, ["reported_past_times"]);

    private void ReportedBefore(Document document, List<TroopCount> counts)
    {
        bool[]? reported = null;
        for (var i = 0; i < counts.Count; i++)
            if (counts[i].Status == EstimateStatus.Current && counts[i].Kind != TroopKind.Subset && HadReported(document, counts[i]))
                (reported ??= new bool[counts.Count])[i] = true;
        if (reported is null) return;
        for (var i = 0; i < counts.Count; i++)
        {
            if (!reported[i]) continue;
            var old = counts[i];
            for (var j = 0; j < counts.Count; j++)
            {
                var other = counts[j];
                if (j == i || reported[j] || other.Status != EstimateStatus.Current || other.Kind != old.Kind || other.Value is null || other.Value == old.Value
                    || !string.Equals(other.Subject, old.Subject, StringComparison.OrdinalIgnoreCase)
                    // (the same voice: another speaker's count stands beside it, "Borrell said 100,000; Taran had told lawmakers that it
                    // stood at 110,000")
                    || !string.Equals(other.AttributedTo, old.AttributedTo, StringComparison.Ordinal)) continue;
                counts[i] = old with { Status = EstimateStatus.Earlier };
                break;
            }
        }
    }

    // In the figure's sentence before it: a speech verb of reported_before_verbs with "had" at most 30 characters before it (past
    // an adverb or an aside: "had earlier, in April, reported"), then a complement word, and no semicolon between.
    private bool HadReported(Document document, TroopCount count)
    {
        var text = document.Text;
        var sentence = document.Sentences[count.Provenance.Sentence];
        var at = count.Provenance.Span.Start;
        foreach (var verb in reportedBeforeVerbs.Find(text, sentence.Start, at))
        {
            if (text.AsSpan(verb.Span.End, at - verb.Span.End).IndexOf(';') >= 0 || !reportedBeforeComplements.Any(text, verb.Span.End, at)) continue;
            if (pastPerfectAuxiliaries.Any(text, Math.Max(sentence.Start, verb.Span.Start - 30), verb.Span.Start)) return true;
            // "As recently as last month the Pentagon said there were about 500", "had for years said": a past time of the speech.
            if (reportedPastTimes.Any(text, Math.Max(sentence.Start, verb.Span.Start - 40), verb.Span.Start) || reportedPastTimes.Any(text, verb.Span.End, at)) return true;
        }
        return false;
    }
}
