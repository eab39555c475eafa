namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "The ministry says the capital will send another 4,000 soldiers, and about 500 of its engineers are already there", "3,000
/// more were ordered up, with 700 already at the front": a smaller count already there, joined by "and" or "with" to a planned
/// dispatch before it in its sentence that adds to the troops sent before ("another", "more", "a third wave of"), is the part of
/// that dispatch that has come ahead of the rest (kind subset; its status stays current: it has arrived), not a second force
/// beside it (DevSet header). A force the dispatch adds to ("to join the 800
/// already there", "where 4,500 are already stationed", "on top of the 5,000 already called up") is named by other words and
/// stays a deployment.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly AdjacentPhrases arrivedShareLinks = AdjacentPhrases.Of(lexicon, "arrived_share_links");
    private readonly AdjacentPhrases arrivedShareCues = AdjacentPhrases.Of(lexicon, "arrived_share_cues");
    private readonly HashSet<string> dispatchAdditionLeads = lexicon.Words("dispatch_addition_leads").ToHashSet(StringComparer.OrdinalIgnoreCase);

    // How many words before a dispatch's number a word of dispatch_addition_leads may stand ("a third wave of about 6,000").
    private const int AdditionLeadWords = 4;

    // How many characters before the count its link ("and", "with") may stand, white space included.
    private const int LinkReach = 20;

    private void ArrivedShares(string text, List<TroopCount> counts, List<bool> increments)
    {
        for (var i = 1; i < counts.Count; i++)
        {
            var part = counts[i];
            if (part.Kind != TroopKind.Deployment || part.Status != EstimateStatus.Current || part.Value is not { } value) continue;
            var at = PhraseStart(text, part);
            if (at < 0) continue;
            var before = SourceText.SkipWhiteSpaceBack(text, at, Math.Max(0, at - LinkReach));
            if (arrivedShareLinks.StartOfPhraseBefore(text, Math.Max(0, at - LinkReach), before) < 0 || !ArrivedCue(text, at + part.Phrase.Length)) continue;
            for (var j = i - 1; j >= 0 && counts[j].Provenance.Sentence == part.Provenance.Sentence; j--)
                if (counts[j] is { Kind: TroopKind.Deployment, Status: EstimateStatus.Planned } dispatch && (dispatch.High ?? dispatch.Value) > value
                    && dispatch.Provenance.Span.End <= at && (increments[j] || AdditionLead(text, dispatch)))
                {
                    counts[i] = part with { Kind = TroopKind.Subset };
                    break;
                }
        }
    }

    // Whether a word of dispatch_addition_leads stands among the few words right before the dispatch's number, in its clause.
    private bool AdditionLead(string text, TroopCount dispatch)
    {
        var i = PhraseStart(text, dispatch);
        if (i < 0) i = dispatch.Provenance.Span.Start;
        for (var words = 0; words < AdditionLeadWords; words++)
        {
            while (i > 0 && text[i - 1] == ' ') i--;
            var end = i;
            while (i > 0 && char.IsLetterOrDigit(text[i - 1])) i--;
            if (i == end) return false;
            if (dispatchAdditionLeads.Contains(text[i..end])) return true;
        }
        return false;
    }

    // Whether a word of arrived_share_cues stands in the count's clause after it (up to its next comma, stop or line).
    private bool ArrivedCue(string text, int from)
    {
        var end = text.IndexOfAny([',', ';', '.', ':', '\n'], from);
        if (end < 0) end = text.Length;
        for (var i = from; i < end; i++)
            if ((i == from || !char.IsLetter(text[i - 1])) && char.IsLetter(text[i]) && arrivedShareCues.EndOfPhraseAt(text, i, end) > 0) return true;
        return false;
    }
}
