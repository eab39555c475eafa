namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A level the text names as the one of now ("would mark a sharp rise over the current baseline of 144,000 troops", "will
/// reduce the current contingent of 32,000 troops to 9,800") is there now, whatever plan governs its clause: the plan starts
/// from it. Lists current_level_leads and current_level_nouns, read back from the figure.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly CurrentLevelWords currentLevel;

    private sealed class CurrentLevelWords(Lexicon lexicon)
    {
        // "the current", "its present": also read by CurrentLevelAfterFigure.
        public readonly AdjacentPhrases Leads = AdjacentPhrases.Of(lexicon, "current_level_leads");
        public readonly AdjacentPhrases Nouns = AdjacentPhrases.Of(lexicon, "current_level_nouns");
    }

    // "the current 547,000", "its present force of 900", "the current troop level of 4,500": a lead of now and perhaps a level's
    // noun with "of", right before the number (its hedge is inside the quantity).
    private bool CurrentLevelBefore(string text, int segmentStart, int at)
    {
        if (currentLevel.Nouns.StartOfPhraseBefore(text, segmentStart, at) is var noun and >= 0) at = noun;
        return currentLevel.Leads.StartOfPhraseBefore(text, segmentStart, at) >= 0;
    }
}
