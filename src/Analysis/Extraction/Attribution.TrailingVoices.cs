namespace Analysis.Extraction;

using Analysis.Corpus;

// "About 300 soldiers have been killed, lawmakers said Monday, as Kyiv revealed more details about two it captured": a voice in
// a clause that a trailing link opens after the figure and after the voice that gives it (trailing_voice_links: ", as", ",
// which", "ahead of") speaks of something else; it is no origin nor relay of the figure.
internal sealed partial class Attribution
{
    // The longest run of words between a trailing link and the voice it opens ("which confirms similar figures reported by").
    private const int TrailingVoiceWords = 8;

    // The chain without the voices of trailing clauses after the figure, or null when none stands in one or no other voice
    // of the sentence, before that clause, would be left to give the figure.
    private List<SourceRef>? WithoutTrailingClauseVoices(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        bool InSentence(SourceRef r) => r.Span.Start >= sentence.Start && r.Span.End <= sentence.End;
        List<SourceRef>? kept = null;
        foreach (var r in chain)
        {
            if (!InSentence(r) || r.Span.Start <= figure.End) continue;
            var link = TrailingLinkBefore(figure.End, r.Span.Start);
            if (link < 0) continue;
            // The figure's own voice stands before the link: a speaker or an outlet that speaks, not one only told.
            if (!chain.Exists(s => s != r && InSentence(s) && s.Span.End <= link && s.Role == CitationRole.Speaker)) continue;
            (kept ??= [.. chain]).RemoveAll(k => k.Span == r.Span);
        }
        return kept;

        // Where the last trailing link between the figure and the voice starts, with at most a few words and no mark between
        // it and the voice, outside a quotation; else -1.
        int TrailingLinkBefore(int from, int voice)
        {
            var best = -1;
            foreach (var hit in closing.TrailingVoiceLinks.Find(text, from, voice))
            {
                var between = text.AsSpan(hit.Span.End, voice - hit.Span.End);
                if (between.IndexOfAny(",;:()\"“”") >= 0 || between.IndexOfAnyInRange('0', '9') >= 0 || between.Trim().Count(' ') >= TrailingVoiceWords) continue;
                // "…, as quoted by News24", "…, according to Yonhap, which cited the Joint Chiefs": a link that relays what was said
                // (trailing_clause_breaks) goes on with the voice.
                var first = between.TrimStart();
                var end = first.IndexOf(' ');
                if (closing.TrailingClauseBreaks.Contains(end < 0 ? first : first[..end])) continue;
                var open = false;
                for (var k = sentence.Start; k < hit.Span.Start; k++) open = SourceText.QuoteState(text[k], open);
                if (!open) best = Math.Max(best, hit.Span.Start);
            }
            return best;
        }
    }
}
