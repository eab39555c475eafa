namespace Analysis.Extraction;

using Analysis.Corpus;

// "“Losses are now put at about 4,700,” the deputy told reporters after the spy agency's briefing": the quoted words of a person
// who relays a briefing are his own (DevSet header), not the briefing body's via him.
internal sealed partial class Attribution
{
    // The chain found for a figure inside a relay's quotation, with the relay as its origin: the body that briefed him gives
    // the quoted words only where the quotation, or a sentence it runs through, names that body as a voice ("“The agency now
    // puts the toll at 2,000,” he said"; "The agency said in May “…”, the deputy said") or he cites it for them ("…, he said,
    // citing the agency"), not where it is named only as the one who briefed ("after a briefing by", an earlier sentence's
    // briefing).
    private (string? Origin, IReadOnlyList<string> Via) OwnQuotedWords(Sentence sentence, TextSpan? figure, (string? Origin, IReadOnlyList<string> Via) found)
    {
        if (figure is not { } at || found.Origin is not { } origin || found.Via.Count == 0) return found;
        var relay = found.Via[0];
        var (text, sentences) = (document.Text, document.Sentences);
        var paragraphStart = FirstOfParagraph(sentence);
        // The quotation open at the figure, read from the paragraph's start, and where its mark stands.
        var (open, openMark) = (false, -1);
        for (var i = sentences[paragraphStart].Start; i < at.Start; i++)
        {
            var was = open;
            open = SourceText.QuoteState(text[i], open);
            if (open && !was) openMark = i;
        }
        if (!open) return found;
        // The mark that closes it, in the paragraph, and the sentence it closes in.
        var closedIn = sentence.Index;
        var closeMark = -1;
        for (var i = at.Start; i < text.Length && closeMark < 0; i++)
        {
            while (i >= sentences[closedIn].End && closedIn + 1 < sentences.Count && sentences[closedIn + 1].Paragraph == sentence.Paragraph) closedIn++;
            if (i >= sentences[closedIn].End) return found;
            if (!SourceText.QuoteState(text[i], true)) closeMark = i;
        }
        if (closeMark < 0) return found;
        var openedIn = paragraphStart;
        while (openedIn < sentence.Index && sentences[openedIn].End <= openMark) openedIn++;
        var (speaks, namedAsVoice) = (false, false);
        for (var s = openedIn; s <= closedIn; s++)
            foreach (var r in refs[s])
            {
                var inside = r.Span.Start > openMark && r.Span.End <= closeMark;
                if (r.Name == relay && r is { IsPerson: true, Role: CitationRole.Speaker } && !inside) speaks = true;
                if (r.Name == origin && (inside || r.Role != CitationRole.Informant || CitedForItsClaim(sentences[s], r))) namedAsVoice = true;
            }
        return speaks && !namedAsVoice ? (relay, found.Via.Skip(1).ToList()) : found;
    }
}
