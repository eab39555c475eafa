namespace Analysis.Extraction;

// "Yonhap reported, citing lawmakers briefed by the National Intelligence Service", "citing officials who were briefed by the
// Pentagon": an informant whom the one cited before it was briefed by gave it to that one, so it comes first in the chain (the
// lawmakers pass on what the spy agency told them).
internal sealed partial class Attribution
{
    // "briefed by", "who were briefed by", "that had been informed by" (informed_by_verbs) and nothing else between two informants.
    private bool BriefedBy(string text, SourceRef before, SourceRef after)
    {
        if (after.Span.Start <= before.Span.End || after.Span.Start - before.Span.End > 40) return false;
        var words = Words(text[before.Span.End..after.Span.Start]);
        var i = 0;
        if (i < words.Count && words[i] is "who" or "that" or "which") i++;
        while (i < words.Count && words[i] is "were" or "was" or "had" or "have" or "has" or "been" or "being") i++;
        if (i >= words.Count || !closing.InformedByVerbs.Contains(words[i])) return false;
        i++;
        if (i >= words.Count || words[i] != "by") return false;
        i++;
        if (i < words.Count && words[i] is "the") i++;
        return i == words.Count;
    }
}
