namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The words that tie a part to its whole where the whole stands away from the part: a hedge or a force's noun before the
/// whole's number ("out of at least 2,900 promised", "out of a planned dispatch of 6,000"), a reported clause's "that" before a
/// fronted whole ("said that of the 11,000 sent, 8,000 ..."), a casualty group a partitive takes its part from ("two of the
/// prisoners of war"), and a negation that denies a subset cue ("does not include 600").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PartWholeWords partWhole;

    private sealed class PartWholeWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Hedges = AdjacentPhrases.Of(lexicon, ["hedge_approximate", "hedge_at_least", "hedge_at_most"]);
        public readonly AdjacentPhrases NounsBeforeOf = AdjacentPhrases.Of(lexicon, "whole_nouns_before_of");
        public readonly PhraseMatcher OpenerLeads = PhraseMatcher.Of(lexicon, ["whole_opener_leads"]);
        public readonly AdjacentPhrases OpenerLeadsBefore = AdjacentPhrases.Of(lexicon, "whole_opener_leads");
        public readonly AdjacentPhrases CasualtyPartNouns = AdjacentPhrases.Of(lexicon, "casualty_part_nouns");
        public readonly AdjacentPhrases CueNegations = AdjacentPhrases.Of(lexicon, "subset_cue_negations");
        public readonly PhraseMatcher CasualtyTotals = PhraseMatcher.Of(lexicon, ["casualty_total_nouns"]);
    }

    // "Two of the prisoners of war asked ...", "five of the captured soldiers", "300 of the wounded": right after the number, a
    // partitive word (partitive_words), then the partitive's noun phrase up to its verb (a word of clause_verbs) or a mark, at most
    // four words, one of which is a word of casualty_part_nouns before any troop noun (not "left six of the militiamen dead": a
    // result told after the troops): the figure is a part of those casualties. Where that word ends, or -1.
    private int CasualtyGroupPart(string text, Quantity q, int segmentEnd) => CasualtyGroupPart(text, q.Span.End, segmentEnd);

    /// <summary>Where the casualty word of a partitive right after a number ending at <paramref name="numberEnd"/> ends ("two of
    /// the prisoners of war"), or -1.</summary>
    public int CasualtyGroupPart(string text, int numberEnd, int segmentEnd)
    {
        if (!Spaced(text, numberEnd)) return -1;
        var at = PhraseLiteral.SkipWhiteSpace(text, numberEnd, segmentEnd);
        if (partitiveWords.EndOfPhraseAt(text, at, segmentEnd) is not (var i and > 0)) return -1;
        for (var words = 0; words < 4; words++)
        {
            if (i >= segmentEnd || !char.IsWhiteSpace(text[i])) return -1;
            i = PhraseLiteral.SkipWhiteSpace(text, i, segmentEnd);
            if (i >= segmentEnd || clauseVerbs.EndOfPhraseAt(text, i, segmentEnd) > 0) return -1;
            if (partWhole.CasualtyPartNouns.EndOfPhraseAt(text, i, segmentEnd) is var noun and > 0 && (noun == segmentEnd || !CueIndex.IsWordCharacter(text[noun])))
                return noun;
            if (troopNouns.EndOfPhraseAt(text, i, segmentEnd) > 0) return -1;
            var start = i;
            while (i < segmentEnd && (CueIndex.IsWordCharacter(text[i]) || text[i] is ',' && i + 1 < segmentEnd && char.IsDigit(text[i + 1]))) i++;
            if (i == start) return -1;
        }
        return -1;
    }

    // Whether the fronted whole before a part (its sentence's words before the part's number) names a total of losses of every
    // kind (casualty_total_nouns).
    private bool CasualtyTotalBefore(string text, int start, Quantity q) => partWhole.CasualtyTotals.Any(text, start, q.Span.Start);

    // Whether a word of whole_opener_leads ends right before the whole opener at `opener` (white space between), past `start`.
    private bool AfterOpenerLead(string text, int start, int opener)
    {
        var before = SourceText.SkipWhiteSpaceBack(text, opener, start);
        return before < opener && partWhole.OpenerLeadsBefore.StartOfPhraseBefore(text, start, before) >= 0;
    }

    // Whether a negation of subset_cue_negations stands right before the subset cue at `cue`.
    private bool NegatedCue(string text, int segmentStart, int cue)
    {
        var before = SourceText.SkipWhiteSpaceBack(text, cue, segmentStart);
        return before < cue && partWhole.CueNegations.StartOfPhraseBefore(text, segmentStart, before) >= 0;
    }
}
