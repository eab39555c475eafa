namespace Analysis.Extraction;

using Analysis.Corpus;

// An informant named by a citing verb ("…, he said, citing NATO's secretary general") was cited for the claim of its clause; one
// named by a briefing ("lawmakers briefed by the NIS", "after the spy agency's briefing") informed the speaker of all they say.
internal sealed partial class Attribution
{
    // Whether the words from the last comma before the informant (or its sentence's start) open on a citing verb (citing_verbs):
    // ", citing NATO Secretary General X", ", quoting the ministry".
    private bool CitedForItsClaim(Sentence sentence, SourceRef informant)
    {
        var text = document.Text;
        if (informant.Span.Start < sentence.Start || informant.Span.End > sentence.End) return false;
        var comma = informant.Span.Start > sentence.Start ? text.LastIndexOf(',', informant.Span.Start - 1, informant.Span.Start - sentence.Start) : -1;
        var clause = text.AsSpan(comma < 0 ? sentence.Start : comma + 1, informant.Span.Start - (comma < 0 ? sentence.Start : comma + 1)).TrimStart();
        foreach (var verb in closing.CitingVerbs)
            if (clause.StartsWith(verb, StringComparison.OrdinalIgnoreCase) && (clause.Length == verb.Length || !char.IsLetter(clause[verb.Length]))) return true;
        return false;
    }
}
