namespace Analysis.Extraction;

using Analysis.Corpus;

// Two figures of one sentence, each closed by a voice of its own: "Pyongyang sent about 8,000 soldiers, according to the Pentagon,
// losing up to 2,000 of them, according to Kyiv": each voice speaks for the figure before it, back to the voice before; the two
// are no relay of each other.
internal sealed partial class Attribution
{
    // The chain without the voices that a lead (figure_closing_leads: ", according to", ", as per") puts after another figure than
    // this one, or null where the figure has no such voice of its own after it, or no other lead's voice closes another figure.
    // A lead's voice closes the figures between the lead before it (or the sentence's start) and itself.
    private List<SourceRef>? WithoutOtherFiguresLeads(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        var leads = chain.FindAll(r => r.Span.Start >= sentence.Start && r.Span.End <= sentence.End && LedAfterComma(r.Span.Start));
        if (leads.Count < 2) return null;
        leads.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var own = leads.FindIndex(r => r.Span.Start >= figure.End);
        if (own < 0) return null;
        List<SourceRef>? kept = null;
        for (var k = 0; k < leads.Count; k++)
        {
            if (k == own) continue;
            // A later lead's voice closes another figure when a number stands between the figure's own voice and it; an earlier
            // one when a number stands before it, after the lead before it (or the sentence's start).
            var closesOther = k > own
                ? NumberBetween(leads[own].Span.End, leads[k].Span.Start)
                : NumberBetween(k == 0 ? sentence.Start : leads[k - 1].Span.End, leads[k].Span.Start) && leads[k].Span.End <= figure.Start;
            if (closesOther) (kept ??= [.. chain]).RemoveAll(r => r.Span == leads[k].Span);
        }
        return kept;

        bool NumberBetween(int from, int to) => to > from && text.AsSpan(from, to - from).IndexOfAnyInRange('0', '9') >= 0;

        // Whether a lead opens the words between the last comma before the voice and the voice (", according to the", ", as per").
        bool LedAfterComma(int voice)
        {
            if (voice <= sentence.Start) return false;
            var comma = text.LastIndexOf(',', voice - 1, Math.Min(voice - sentence.Start, 60));
            if (comma < 0) return false;
            var between = text.AsSpan(comma + 1, voice - comma - 1).Trim();
            if (between.IndexOfAnyInRange('0', '9') >= 0) return false;
            foreach (var lead in closing.FigureClosingLeads)
                if (between.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && (between.Length == lead.Length || between[lead.Length] == ' ')) return true;
            return false;
        }
    }
}
