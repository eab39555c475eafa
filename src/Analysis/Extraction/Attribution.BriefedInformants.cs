namespace Analysis.Extraction;

using Analysis.Corpus;

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

    // "“Losses are now put at about 4,700,” the deputy told reporters after the spy agency's briefing": the quoted words of a person
    // who relays a briefing are his own (DevSet header): the body that briefed him gives them only where the quotation, or a
    // sentence it runs through, names that body as a voice ("“The agency now puts the toll at 2,000,” he said"; "The agency said
    // in May “…”, the deputy said") or he cites it for them ("…, he said, citing the agency"), not where it is named only as the
    // one who briefed ("after a briefing by", an earlier sentence's briefing).
    private (string? Origin, IReadOnlyList<string> Via) OwnQuotedWords(Sentence sentence, TextSpan? figure, (string? Origin, IReadOnlyList<string> Via) found)
    {
        if (figure is not { } at || found.Origin is not { } origin || found.Via.Count == 0) return found;
        var relay = found.Via[0];
        var (text, sentences) = (document.Text, document.Sentences);
        var first = sentence.Index;
        while (first > 0 && sentences[first - 1].Paragraph == sentence.Paragraph) first--;
        var (open, opened) = (false, -1);
        for (var i = sentences[first].Start; i < at.Start; i++)
        {
            var was = open;
            open = SourceText.QuoteState(text[i], open);
            if (open && !was) opened = i;
        }
        if (!open) return found;
        var last = sentence.Index;
        var closed = -1;
        for (var i = at.Start; i < text.Length && closed < 0; i++)
        {
            while (i >= sentences[last].End && last + 1 < sentences.Count && sentences[last + 1].Paragraph == sentence.Paragraph) last++;
            if (i >= sentences[last].End) return found;
            if (!SourceText.QuoteState(text[i], true)) closed = i;
        }
        if (closed < 0) return found;
        var opening = first;
        while (opening < sentence.Index && sentences[opening].End <= opened) opening++;
        var (speaks, namedAsVoice) = (false, false);
        for (var s = opening; s <= last; s++)
            foreach (var r in refs[s])
            {
                var inside = r.Span.Start > opened && r.Span.End <= closed;
                if (r.Name == relay && r is { IsPerson: true, Role: CitationRole.Speaker } && !inside) speaks = true;
                if (r.Name == origin && (inside || r.Role != CitationRole.Informant || CitedForItsClaim(sentences[s], r))) namedAsVoice = true;
            }
        return speaks && !namedAsVoice ? (relay, found.Via.Skip(1).ToList()) : found;
    }
}
