namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "Two dozen soldiers and police arrived. The contingent comprises 20 soldiers and four police", "83 officers arrived ... the
/// make-up of the group: 75 Guatemalan and 8 Salvadoran officers": a breakdown told as one (a word of breakdown_cues, or a
/// colon, right before its first part) is read as parts of the whole it sums to even when that whole is small (under
/// SmallestWhole, where sums by chance are common) or its parts are of two countries (NationalShares, where each is otherwise
/// a nation's own contribution), and a sentence or two further from the whole than parts_reach.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly AdjacentPhrases breakdownCues = AdjacentPhrases.Of(lexicon, "breakdown_cues");
    // How many sentences after the whole such a breakdown may stand (setting worded_parts_reach): its wording says it breaks a
    // count down, so it may come after an aside of a sentence or two more than parts joined by chance may (parts_reach).
    private readonly int wordedPartsReach = lexicon.Setting("worded_parts_reach");

    // Whether a word of breakdown_cues or a colon stands right before the part's number (its hedge included), in its sentence.
    private bool WordedBreakdown(string text, TroopCount part)
    {
        var at = SourceText.SkipWhiteSpaceBack(text, part.Provenance.Span.Start, 0);
        if (at == 0) return false;
        if (text[at - 1] == ':') return true;
        var cue = breakdownCues.StartOfPhraseBefore(text, Math.Max(0, at - 40), at);
        return cue >= 0 && (cue == 0 || !char.IsLetterOrDigit(text[cue - 1]));
    }
}
